// Exports every plan for an organisation (or one year group) into a folder,
// with progress and Cancel. Each document is written whole or not at all, so
// cancelling never leaves a half-written file.
import { useRef, useState, type FormEvent } from 'react';
import type { ExportVariant } from '../../../shared/contract/plans';
import type { planSharingPurposes } from '../../../shared/contract/sharing';
import { call } from '../api/client';
import { useBackgroundJob } from '../api/use-background-job';
import type { ChannelOutput } from '../../../shared/contract';
import { useSubmission } from '../app/use-submission';
import { optionToYearGroup, yearGroupOptions } from '../caseload/options';
import { BackgroundJob } from '../components/BackgroundJob';
import { DataTable } from '../components/DataTable';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { FolderField } from '../components/FolderField';
import { TextField } from '../components/TextField';

type Job = ChannelOutput<'plans.batchStatus'>;
type Props = { organisationId: string; organisationName: string };

const pollMs = 300;
type Purpose = (typeof planSharingPurposes)[number];
type VariantChoice = { id: string; label: string; variant: ExportVariant; purpose?: Purpose };
const variantChoices: VariantChoice[] = [
  { id: 'standard', label: 'Word document (the client’s own copy)', variant: { isEasyRead: false } },
  { id: 'easy-read', label: 'Easy read (the client’s own copy)', variant: { isEasyRead: true } },
  { id: 'shared-tutor', label: 'Shared copies for tutors', variant: { isEasyRead: false }, purpose: 'shareWithTutor' },
  {
    id: 'shared-parent',
    label: 'Shared copies for parents or carers',
    variant: { isEasyRead: false },
    purpose: 'shareWithParent',
  },
  {
    id: 'shared-school',
    label: "Shared copies for the school's system",
    variant: { isEasyRead: false },
    purpose: 'uploadToSchoolSystem',
  },
];

export function BatchExport({ organisationId, organisationName }: Props) {
  const [yearGroup, setYearGroup] = useState('');
  const [folder, setFolder] = useState('');
  const [variantId, setVariantId] = useState('standard');
  const [recipient, setRecipient] = useState('');
  const [folderError, setFolderError] = useState('');
  const [recipientError, setRecipientError] = useState('');
  const { job, isRunning, problem, setProblem, follow, cancel } = useBackgroundJob('plans.batchStatus', pollMs);
  const { isBusy, run } = useSubmission();
  const folderRef = useRef<HTMLInputElement>(null);
  const recipientRef = useRef<HTMLInputElement>(null);
  const choice = variantChoices.find((candidate) => candidate.id === variantId) ?? variantChoices[0];

  const start = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      if (folder.trim() === '') {
        setFolderError('Choose or type the folder to save the documents in.');
        folderRef.current?.focus();
        return;
      }
      setFolderError('');
      if (choice?.purpose && recipient.trim() === '') {
        setRecipientError('Say who will receive the copies, such as "Westbridge Academy, pastoral team".');
        recipientRef.current?.focus();
        return;
      }
      setRecipientError('');
      follow(
        await call('plans.batchStart', {
          organisationId,
          folder: folder.trim(),
          variant: choice?.variant ?? { isEasyRead: false },
          ...(choice?.purpose ? { sharing: { purpose: choice.purpose, recipient: recipient.trim() } } : {}),
          ...(yearGroup === '' ? {} : { yearGroup: optionToYearGroup(yearGroup) }),
        }),
      );
    });
  };

  return (
    <section className="panel" aria-labelledby="batch-export-heading">
      <h2 id="batch-export-heading">Export plans</h2>
      <p>Every current action plan for {organisationName}, as Word documents in one folder.</p>
      <form onSubmit={start} noValidate>
        <div className="field-row">
          <SelectField
            id="batch-year"
            label="Year group"
            value={yearGroup}
            options={[{ value: '', label: 'All year groups' }, ...yearGroupOptions]}
            onChange={setYearGroup}
          />
        </div>
        <FolderField
          id="batch-folder"
          label="Folder to save them in"
          hint="Choose a folder, or type its full path. Waymark makes it if it is not there."
          purpose="plans"
          value={folder}
          onChange={setFolder}
          error={folderError}
          inputRef={folderRef}
        />
        <fieldset className="form-subsection">
          <legend>Kind of document</legend>
          {variantChoices.map((candidate) => (
            <div key={candidate.id} className="radio">
              <input
                id={`batch-variant-${candidate.id}`}
                type="radio"
                name="batch-variant"
                checked={variantId === candidate.id}
                onChange={() => setVariantId(candidate.id)}
              />
              <label htmlFor={`batch-variant-${candidate.id}`}>{candidate.label}</label>
            </div>
          ))}
        </fieldset>
        {choice?.purpose ? (
          <>
            <p className="field-hint" id="batch-sharing-hint">
              Shared copies leave out what each client asked to keep private. Only clients whose consent covers this are
              included, each copy is recorded in the disclosure log, and the others are listed with the reason.
            </p>
            <TextField
              id="batch-recipient"
              label="Recipient"
              hint="Who receives the copies, as the disclosure log should name them."
              value={recipient}
              onChange={setRecipient}
              error={recipientError}
              inputRef={recipientRef}
              inputProps={{ maxLength: 200 }}
            />
          </>
        ) : null}
        <FormAlert id="batch-problem" message={problem} />
        {isRunning ? null : (
          <SubmitButton isBusy={isBusy} busyLabel="Starting…">
            Start the export
          </SubmitButton>
        )}
      </form>
      {job ? <BatchProgress job={job} onCancel={cancel} /> : null}
    </section>
  );
}

function BatchProgress({ job, onCancel }: { job: Job; onCancel: () => void }) {
  return (
    <BackgroundJob
      label="Plans exported"
      state={job.state}
      done={job.done}
      total={job.total}
      figures={{ shown: `${job.done} of ${job.total} exported`, spoken: `${job.done} of ${job.total}` }}
      cancelLabel="Cancel the export"
      onCancel={onCancel}
      outcome={`${job.message} ${job.state === 'finished' ? `They are in ${job.folder}.` : ''}`}
    >
      {job.excluded.length > 0 ? (
        <section aria-labelledby="batch-excluded-heading">
          <h3 id="batch-excluded-heading">Left out ({job.excluded.length})</h3>
          <DataTable columns={['Client', 'Why']}>
            {job.excluded.map((entry, index) => (
              <tr key={index}>
                <td>{entry.clientName}</td>
                <td>{entry.reason}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </BackgroundJob>
  );
}
