// Building the subject-access bundle in the background, with progress and
// Cancel, then downloading it. Main keeps the finished ZIP in memory only,
// hands it over once, and logs the disclosure then.
import type { FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { subjectAccessChannels } from '../../../shared/contract/subject-access';
import { call } from '../api/client';
import { useBackgroundJob } from '../api/use-background-job';
import { checkWith, useDraftForm } from '../app/use-form';
import { useSubmission } from '../app/use-submission';
import { BackgroundJob } from '../components/BackgroundJob';
import { BusyButton } from '../components/BusyButton';
import { CheckboxField } from '../components/CheckboxField';
import { StartJobActions } from '../components/StartJobActions';
import { TextField } from '../components/TextField';
import { downloadBase64 } from '../files/download';
import { formatDate } from '../format/dates';
import { useQuery } from '../api/use-query';
import { relationshipLabels } from '../privacy/privacy-labels';
import { RadioGroup } from '../privacy/RadioGroup';
import { WithholdList } from './WithholdList';

type Job = ChannelOutput<'subjectAccess.status'>;
type Request = ChannelOutput<'subjectAccess.requestsFor'>[number];
type Props = { clientId: string; requests: Request[]; onDownloaded: () => void };

const pollMs = 200;

export function SubjectAccessBundle({ clientId, requests, onDownloaded }: Props) {
  const openRequests = requests.filter(
    (request) => !request.sentOn && (request.status === 'received' || request.status === 'in-progress'),
  );
  const { draft, change, field, checkbox, formRef, status, submit } = useDraftForm('bundle', {
    chosenId: '',
    isEncrypted: true,
    password: '',
    isSafeguardingReleased: false,
  });
  // The form's problem is about starting; the job's, about following, cancelling or downloading it once started.
  const backgroundJob = useBackgroundJob('subjectAccess.status', pollMs);
  const { job, setJob, setProblem, cancel } = backgroundJob;
  const downloading = useSubmission();
  const safeguarding = useQuery('subjectAccess.safeguardingCount', { clientId });
  const safeguardingCount = safeguarding.value?.count ?? 0;
  const request = openRequests.find((candidate) => candidate.id === draft.chosenId) ?? openRequests[0];

  const start = (event: FormEvent) => {
    setProblem('');
    submit(event, {
      check: () =>
        request
          ? checkWith(subjectAccessChannels['subjectAccess.start'].input, {
              requestId: request.id,
              isSafeguardingReleased: draft.isSafeguardingReleased,
              ...(draft.isEncrypted ? { password: draft.password } : {}),
            })
          : {
              errors: {},
              problem:
                'Log the request first: the bundle answers a request, and its letter is addressed to whoever asked.',
            },
      send: (input) => call('subjectAccess.start', input),
      onSent: setJob,
    });
  };

  const download = () => {
    if (!job) return;
    void downloading.run(async () => {
      const result = await call('subjectAccess.download', { jobId: job.id });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      downloadBase64(result.value.fileName, result.value.dataBase64, 'application/zip');
      setJob(result.value.job);
      onDownloaded();
    });
  };

  return (
    <section className="panel" aria-labelledby="bundle-heading">
      <h2 id="bundle-heading">Subject-access bundle</h2>
      <p>
        A ZIP with a cover letter to whoever asked (the Article 15 information), every record in readable form, the same
        data as JSON and CSV, attachments, and a manifest of checksums.
      </p>
      <WithholdList clientId={clientId} />
      <form ref={formRef} onSubmit={start} noValidate>
        {openRequests.length === 0 ? (
          <p id="bundle-no-request">
            There is no open request. Log the request above first: the bundle answers a request, its letter is addressed
            to whoever asked, and sending it completes the request.
          </p>
        ) : (
          <RadioGroup
            id="bundle-request"
            legend="The request it answers"
            value={request?.id ?? ''}
            options={openRequests.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.requesterName} (${relationshipLabels[candidate.relationship].toLowerCase()}), received ${formatDate(candidate.receivedOn)}${candidate.identityCheckedOn ? '' : ': identity not yet checked'}`,
            }))}
            onChange={(chosenId) => change({ chosenId })}
          />
        )}
        {safeguardingCount > 0 ? (
          <CheckboxField
            {...checkbox('isSafeguardingReleased')}
            label={`I have reviewed the ${safeguardingCount === 1 ? 'safeguarding record' : `${safeguardingCount} safeguarding records`} and decided to release ${safeguardingCount === 1 ? 'it' : 'them'}`}
            hint="Unless you tick this, safeguarding records are withheld, and the letter says so. Take advice from the school's safeguarding lead if unsure."
          />
        ) : null}
        <CheckboxField
          {...checkbox('isEncrypted')}
          label="Encrypt the ZIP with a password (AES-256)"
          hint="7-Zip and most archive tools open it with the password."
        />
        {draft.isEncrypted ? (
          <TextField
            {...field('password')}
            label="Password"
            type="password"
            hint="At least 12 characters. Send it separately from the bundle: by text or phone if the bundle goes by email."
            inputProps={{ autoComplete: 'new-password', maxLength: 200 }}
          />
        ) : null}
        <StartJobActions idPrefix="bundle" status={status} job={backgroundJob}>
          Build the bundle
        </StartJobActions>
      </form>
      {job ? <BundleProgress job={job} onCancel={cancel} onDownload={download} isBusy={downloading.isBusy} /> : null}
    </section>
  );
}

function BundleProgress({
  job,
  onCancel,
  onDownload,
  isBusy,
}: {
  job: Job;
  onCancel: () => void;
  onDownload: () => void;
  isBusy: boolean;
}) {
  // Main counts the files only once it has gathered the records: until then the total is 0.
  const isGathering = job.total === 0;
  return (
    <BackgroundJob
      label="Bundle files added"
      state={job.state}
      done={job.done}
      total={isGathering ? null : job.total}
      figures={
        isGathering
          ? { shown: 'Gathering the records…', spoken: 'Gathering the records' }
          : { shown: `${job.done} of ${job.total} files added`, spoken: `${job.done} of ${job.total} files` }
      }
      cancelLabel="Cancel the bundle"
      onCancel={onCancel}
      outcome={`${job.message}${job.state === 'finished' && job.isEncrypted ? ' It is encrypted: send the password separately, never in the same email.' : ''}`}
      statusId="bundle-status"
      whenFinished={
        <div className="actions">
          <BusyButton isBusy={isBusy} onClick={onDownload}>
            Download the bundle
          </BusyButton>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Discard it
          </button>
        </div>
      }
    />
  );
}
