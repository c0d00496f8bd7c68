// Step one of an import: the school and the CSV file. A file over the size
// limit is refused before it is read; the rest is read as text and checked by
// main in a dry run, which writes nothing.
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ColumnChoice, RollReport } from '../../../shared/contract/roll-import';
import type { OrganisationSummary } from '../api/contract-types';
import { rollMaxBytes, rollMaxBytesLabel } from '../../../shared/contract/limits';
import { call } from '../api/client';
import type { FieldErrors } from '../app/field-errors';
import { useDraftForm, type Checked } from '../app/use-form';
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
  const { draft, field, formRef, errors, status, submit, setProblem } = useDraftForm('roll', {
    school: initialChoice,
    newSchool: '',
  });
  const [file, setFile] = useState<File | null>(null);
  // Said as soon as a file is chosen, not when the form is sent.
  const [fileRefusal, setFileRefusal] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setProblem('');
    // Refused before reading: a huge file would only be read to be turned away.
    if (chosen && chosen.size > rollMaxBytes) {
      setFile(null);
      setFileRefusal(
        `That file is ${describeFileSize(chosen.size)}, larger than the ${rollMaxBytesLabel} Waymark accepts. Export only the columns Waymark needs, or split the roll by year group.`,
      );
      event.target.value = '';
      return;
    }
    setFile(chosen);
    setFileRefusal('');
  };

  const check = (): Checked<{ organisationName: string; file: File }> => {
    const organisationName =
      draft.school === newSchoolChoice
        ? draft.newSchool.trim()
        : (organisations.find((organisation) => organisation.id === draft.school)?.name ?? '');
    const found: FieldErrors = {};
    if (draft.school === '') found.school = 'Choose the school this roll is for.';
    if (draft.school === newSchoolChoice && organisationName === '')
      found.newSchool = 'Type the name of the new school.';
    if (!file) found.file = 'Choose the CSV file to import.';
    return file && Object.keys(found).length === 0 ? { value: { organisationName, file } } : { errors: found };
  };

  const checkFile = (event: FormEvent) =>
    submit(event, {
      check,
      send: async ({ organisationName, file: chosen }) => {
        const csv = await chosen.text();
        const result = await call('rollImport.run', { organisationName, csv, isDryRun: true });
        return result.ok
          ? { ok: true, value: { csv, fileName: chosen.name, organisationName, report: result.value } }
          : result;
      },
      onSent: (roll) => onChecked({ ...roll, columnChoices: [] }),
      onRefused: () => fileRef.current?.focus(),
    });

  return (
    <form ref={formRef} onSubmit={checkFile} noValidate aria-busy={status.isBusy}>
      <SchoolChoice organisations={organisations} school={field('school')} newSchool={field('newSchool')} />
      <FileField
        id="roll-file"
        label="Class list (CSV file)"
        hint={fileHint}
        error={fileRefusal || errors.file}
        accept=".csv,text/csv"
        onChange={chooseFile}
        inputRef={fileRef}
        describedBy={status.problem ? ['roll-problem'] : []}
      />
      <FormAlert id="roll-problem" message={status.problem ? `${status.problem} Nothing was imported.` : ''} />
      <SubmitButton isBusy={status.isBusy} busyLabel="Checking the file…">
        Check the file
      </SubmitButton>
    </form>
  );
}
