// Exports every plan for an organisation (or one year group) into a folder,
// with progress and Cancel. Each document is written whole or not at all, so
// cancelling never leaves a half-written file.
import { useRef, useState, type FormEvent } from 'react';
import type { ExportVariant } from '../../../shared/contract/plans';
import { call } from '../api/client';
import { useJobPolling } from '../api/use-job-polling';
import type { ChannelOutput } from '../../../shared/contract';
import { useSubmission } from '../app/use-submission';
import { optionToYearGroup, yearGroupOptions } from '../caseload/options';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';

type Job = ChannelOutput<'plans.batchStatus'>;
type Props = { organisationId: string; organisationName: string };

const pollMs = 300;
const variantChoices: { id: string; label: string; variant: ExportVariant }[] = [
  { id: 'standard', label: 'Word document', variant: { isSharedCopy: false, isEasyRead: false } },
  { id: 'easy-read', label: 'Easy read', variant: { isSharedCopy: false, isEasyRead: true } },
  { id: 'shared', label: 'Shared copy (leaves out what the client asked to keep private)', variant: { isSharedCopy: true, isEasyRead: false } },
];

export function BatchExport({ organisationId, organisationName }: Props) {
  const [yearGroup, setYearGroup] = useState('');
  const [folder, setFolder] = useState('');
  const [variantId, setVariantId] = useState('standard');
  const [folderError, setFolderError] = useState('');
  const [problem, setProblem] = useState('');
  const [job, setJob] = useState<Job | null>(null);
  const { isBusy, run } = useSubmission();
  const folderRef = useRef<HTMLInputElement>(null);
  const isRunning = job?.state === 'running';
  const jobId = isRunning ? job.id : null;

  useJobPolling('plans.batchStatus', jobId, pollMs, setJob, setProblem);

  const start = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      if (folder.trim() === '') {
        setFolderError('Type the folder to save the documents in.');
        folderRef.current?.focus();
        return;
      }
      setFolderError('');
      const variant = variantChoices.find((choice) => choice.id === variantId)?.variant ?? { isSharedCopy: false, isEasyRead: false };
      const result = await call('plans.batchStart', { organisationId, folder: folder.trim(), variant, ...(yearGroup === '' ? {} : { yearGroup: optionToYearGroup(yearGroup) }) });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setJob(result.value);
    });
  };

  const cancel = () => {
    if (!job) return;
    void call('plans.batchCancel', { jobId: job.id }).then((result) => {
      if (!result.ok) setProblem(result.error.message);
    });
  };

  return (
    <section className="panel" aria-labelledby="batch-export-heading">
      <h2 id="batch-export-heading">Export plans</h2>
      <p>Every current action plan for {organisationName}, as Word documents in one folder.</p>
      <form onSubmit={start} noValidate>
        <div className="field-row">
          <SelectField id="batch-year" label="Year group" value={yearGroup} options={[{ value: '', label: 'All year groups' }, ...yearGroupOptions]} onChange={setYearGroup} />
        </div>
        <TextField
          id="batch-folder"
          label="Folder to save them in"
          hint="The full path of a folder on this computer. Waymark makes it if it is not there."
          value={folder}
          onChange={setFolder}
          error={folderError}
          inputRef={folderRef}
          inputProps={{ maxLength: 1_000 }}
        />
        <fieldset className="form-subsection">
          <legend>Kind of document</legend>
          {variantChoices.map((choice) => (
            <div key={choice.id} className="radio">
              <input id={`batch-variant-${choice.id}`} type="radio" name="batch-variant" checked={variantId === choice.id} onChange={() => setVariantId(choice.id)} />
              <label htmlFor={`batch-variant-${choice.id}`}>{choice.label}</label>
            </div>
          ))}
        </fieldset>
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
  const isRunning = job.state === 'running';
  return (
    <div className="batch-progress">
      <div
        role="progressbar"
        aria-label="Plans exported"
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.done}
        aria-valuetext={`${job.done} of ${job.total}`}
        className="progress"
      >
        <div className="progress-fill" style={{ width: job.total === 0 ? '100%' : `${Math.round((job.done / job.total) * 100)}%` }} />
      </div>
      <p className="progress-figures">
        {job.done} of {job.total} exported
      </p>
      {isRunning ? (
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel the export
        </button>
      ) : null}
      <div role="status" className={isRunning ? 'notice-empty' : job.state === 'finished' ? 'notice notice-done' : 'notice notice-info'}>
        {isRunning ? null : (
          <p>
            {job.message} {job.state === 'finished' ? `They are in ${job.folder}.` : ''}
          </p>
        )}
      </div>
    </div>
  );
}
