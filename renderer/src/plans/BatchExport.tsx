// Exports every plan for an organisation (or one year group) into a folder,
// with progress and Cancel. Each document is written whole or not at all, so
// cancelling never leaves a half-written file.
import type { FormEvent } from 'react';
import { plansChannels, type ExportVariant } from '../../../shared/contract/plans';
import type { planSharingPurposes } from '../../../shared/contract/sharing';
import { call } from '../api/client';
import { useBackgroundJob } from '../api/use-background-job';
import type { ChannelOutput } from '../../../shared/contract';
import { checkWith, useDraftForm } from '../app/use-form';
import { optionToYearGroup, yearGroupOptions } from '../caseload/options';
import { BackgroundJob } from '../components/BackgroundJob';
import { DataTable } from '../components/DataTable';
import { FolderField } from '../components/FolderField';
import { SelectField } from '../components/SelectField';
import { StartJobActions } from '../components/StartJobActions';
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
  const { draft, change, field, formRef, errors, status, submit } = useDraftForm('batch', {
    yearGroup: '',
    folder: '',
    variantId: 'standard',
    recipient: '',
  });
  // The form's problem is about starting; the job's, about following or cancelling it once started.
  const backgroundJob = useBackgroundJob('plans.batchStatus', pollMs);
  const { job, setJob, setProblem, cancel } = backgroundJob;
  const choice = variantChoices.find((candidate) => candidate.id === draft.variantId) ?? variantChoices[0];

  const start = (event: FormEvent) => {
    setProblem('');
    submit(event, {
      check: () =>
        checkWith(
          plansChannels['plans.batchStart'].input,
          {
            organisationId,
            folder: draft.folder,
            variant: choice?.variant ?? { isEasyRead: false },
            ...(choice?.purpose ? { sharing: { purpose: choice.purpose, recipient: draft.recipient } } : {}),
            ...(draft.yearGroup === '' ? {} : { yearGroup: optionToYearGroup(draft.yearGroup) }),
          },
          draft.folder.trim() === ''
            ? { found: { folder: 'Choose or type the folder to save the documents in.' } }
            : {},
        ),
      send: (input) => call('plans.batchStart', input),
      onSent: setJob,
    });
  };

  return (
    <section className="panel" aria-labelledby="batch-export-heading">
      <h2 id="batch-export-heading">Export plans</h2>
      <p>Every current action plan for {organisationName}, as Word documents in one folder.</p>
      <form ref={formRef} onSubmit={start} noValidate>
        <div className="field-row">
          <SelectField
            {...field('yearGroup')}
            label="Year group"
            options={[{ value: '', label: 'All year groups' }, ...yearGroupOptions]}
          />
        </div>
        <FolderField
          {...field('folder')}
          label="Folder to save them in"
          hint="Choose a folder, or type its full path. Waymark makes it if it is not there."
          purpose="plans"
        />
        <fieldset className="form-subsection">
          <legend>Kind of document</legend>
          {variantChoices.map((candidate) => (
            <div key={candidate.id} className="radio">
              <input
                id={`batch-variant-${candidate.id}`}
                type="radio"
                name="batch-variant"
                checked={draft.variantId === candidate.id}
                onChange={() => change({ variantId: candidate.id })}
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
              {...field('recipient')}
              error={errors['sharing.recipient']}
              label="Recipient"
              hint="Who receives the copies, as the disclosure log should name them."
              inputProps={{ maxLength: 200 }}
            />
          </>
        ) : null}
        <StartJobActions idPrefix="batch" status={status} job={backgroundJob}>
          Start the export
        </StartJobActions>
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
