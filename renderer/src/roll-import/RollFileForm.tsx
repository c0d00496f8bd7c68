// Step one of an import: the school and the CSV file. A file over the size
// limit is refused before it is read; the rest is read as text and checked by
// main in a dry run, which writes nothing.
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ColumnChoice, RollReport } from '../../../shared/contract/roll-import';
import type { OrganisationSummary } from '../api/contract-types';
import { rollMaxBytes, rollMaxBytesLabel } from '../../../shared/contract/limits';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FileField } from '../components/FileField';
import { FormAlert } from '../components/FormAlert';
import { SubmitButton } from '../components/SubmitButton';
import { describeFileSize } from './roll-fields';
import { newSchoolChoice, SchoolChoice } from './SchoolChoice';

export type CheckedRoll = {
  csv: string;
  fileName: string;
  organisationName: string;
  report: RollReport;
  columnChoices: ColumnChoice[];
};

type Props = { organisations: OrganisationSummary[]; initialChoice: string; onChecked: (roll: CheckedRoll) => void };

const fileHint = `Export the class list from SIMS, Arbor or Bromcom as a CSV file, with column headings in the first row. Up to ${rollMaxBytesLabel}.`;

export function RollFileForm({ organisations, initialChoice, onChecked }: Props) {
  const [choice, setChoice] = useState(initialChoice);
  const [newName, setNewName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState({ choice: '', name: '', file: '' });
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const fileRef = useRef<HTMLInputElement>(null);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setProblem('');
    // Refused before reading: a huge file would only be read to be turned away.
    if (chosen && chosen.size > rollMaxBytes) {
      setFile(null);
      setErrors((current) => ({
        ...current,
        file: `That file is ${describeFileSize(chosen.size)}, larger than the ${rollMaxBytesLabel} Waymark accepts. Export only the columns Waymark needs, or split the roll by year group.`,
      }));
      event.target.value = '';
      return;
    }
    setFile(chosen);
    setErrors((current) => ({ ...current, file: '' }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      const organisationName =
        choice === newSchoolChoice
          ? newName.trim()
          : (organisations.find((organisation) => organisation.id === choice)?.name ?? '');
      const found = {
        choice: choice === '' ? 'Choose the school this roll is for.' : '',
        name: choice === newSchoolChoice && organisationName === '' ? 'Type the name of the new school.' : '',
        file: file ? '' : errors.file || 'Choose the CSV file to import.',
      };
      setErrors(found);
      if (found.choice || found.name) {
        document.getElementById(found.choice ? 'roll-school' : 'roll-new-school')?.focus();
        return;
      }
      if (!file) {
        fileRef.current?.focus();
        return;
      }
      const csv = await file.text();
      const result = await call('roll.import', { organisationName, csv, isDryRun: true });
      if (!result.ok) {
        setProblem(result.error.message);
        fileRef.current?.focus();
        return;
      }
      onChecked({ csv, fileName: file.name, organisationName, report: result.value, columnChoices: [] });
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={isBusy}>
      <SchoolChoice
        organisations={organisations}
        choice={choice}
        newName={newName}
        onChoiceChange={setChoice}
        onNewNameChange={setNewName}
        choiceError={errors.choice}
        nameError={errors.name}
      />
      <FileField
        id="roll-file"
        label="Class list (CSV file)"
        hint={fileHint}
        error={errors.file}
        accept=".csv,text/csv"
        onChange={chooseFile}
        inputRef={fileRef}
        describedBy={problem ? ['roll-problem'] : []}
      />
      <FormAlert id="roll-problem" message={problem ? `${problem} Nothing was imported.` : ''} />
      <SubmitButton isBusy={isBusy} busyLabel="Checking the file…">
        Check the file
      </SubmitButton>
    </form>
  );
}
