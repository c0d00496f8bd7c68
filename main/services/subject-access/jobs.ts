// Subject-access bundles built in the background, one file at a time, so the
// adviser sees progress and can cancel. The finished ZIP is held in memory only
// (never written to disk) until it is downloaded, the vault locks, or it has
// waited too long; then the bytes are dropped. The disclosure is logged when
// the bundle is downloaded, because that is when it leaves the vault.
import { formatUkDate } from '../../../shared/dates';
import { BundleCancelled } from '../../export/subject-access';
import { buildSubjectAccessBundle, subjectAccessDisclosure, subjectAccessLetter, type BundleOptions } from './bundle';
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { OpenVault } from '../../vault';
import { logDisclosure } from '../disclosures';
import { markRequestSent, type SubjectAccessRequest } from './requests';
import { safeFileName } from '../plans';
import { bundleInputs } from './inputs';
import { type ServiceContext, systemContext } from '../context';

const log = createLogger('subject-access-jobs');

/** How long a finished bundle waits for its download before it is dropped. */
const keepFinishedMs = 15 * 60_000;
const lockCheckMs = 1_000;

export type SubjectAccessJob = {
  id: string;
  clientId: string;
  requestId: string;
  state: 'running' | 'finished' | 'cancelled' | 'failed' | 'downloaded' | 'expired';
  done: number;
  total: number;
  isEncrypted: boolean;
  message: string;
};

type JobRecord = SubjectAccessJob & {
  vault: OpenVault;
  controller: AbortController;
  options: BundleOptions;
  recipient: string;
  on: string;
  fileName: string;
  zip: Buffer | null;
  watch: NodeJS.Timeout | null;
};

const jobs = new Map<string, JobRecord>();

/** Starts the bundle that answers one logged request; the letter is addressed to its requester. */
export function startSubjectAccessJob(
  vault: OpenVault,
  input: { requestId: string; password?: string | undefined; isSafeguardingReleased?: boolean | undefined; on: string },
  context: ServiceContext = systemContext,
): SubjectAccessJob {
  if (input.password !== undefined && input.password.length < 12) {
    throw new AppError(
      'VALIDATION',
      'Use a password of at least 12 characters for the bundle, and send it separately from the bundle.',
    );
  }
  const { request, options } = bundleInputs(vault, {
    requestId: input.requestId,
    on: input.on,
    isSafeguardingReleased: input.isSafeguardingReleased ?? false,
    isForSending: true,
  });
  const client = vault.sqlite.prepare('SELECT forename, surname FROM clients WHERE id = ?').get(request.clientId) as
    { forename: string; surname: string } | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const job: JobRecord = {
    id: context.newId(),
    clientId: request.clientId,
    requestId: request.id,
    state: 'running',
    done: 0,
    total: 0,
    isEncrypted: input.password !== undefined,
    message: '',
    vault,
    controller: new AbortController(),
    options: { ...options, password: input.password },
    recipient: `${request.requesterName} (${requesterRole[request.relationship]})`,
    on: input.on,
    fileName: `${safeFileName(`Subject access - ${client.forename} ${client.surname} - ${input.on}`)}.zip`,
    zip: null,
    watch: null,
  };
  jobs.set(job.id, job);
  void run(job);
  return publicView(job);
}

const requesterRole: Record<SubjectAccessRequest['relationship'], string> = {
  self: 'the client',
  'parent-carer': 'parent or carer',
  other: 'acting for the client',
};

/** The letter for a request as it would go in the bundle, to read or print first. */
export function previewSubjectAccessLetter(vault: OpenVault, input: { requestId: string; on: string }): string {
  const { options } = bundleInputs(vault, {
    requestId: input.requestId,
    on: input.on,
    isSafeguardingReleased: false,
    isForSending: false,
  });
  return subjectAccessLetter(vault, options);
}

async function run(job: JobRecord): Promise<void> {
  // Let the start call answer before the work begins.
  await new Promise((resolveTurn) => setImmediate(resolveTurn));
  try {
    const zip = await buildSubjectAccessBundle(job.vault, {
      ...job.options,
      signal: job.controller.signal,
      onProgress: (done, total) => {
        job.done = done;
        job.total = total;
      },
    });
    if (job.controller.signal.aborted) throw new BundleCancelled();
    job.zip = zip;
    job.state = 'finished';
    job.message = 'The bundle is ready to download.';
    watchUntilCollected(job);
  } catch (error) {
    if (error instanceof BundleCancelled || job.controller.signal.aborted) {
      job.state = 'cancelled';
      job.message = 'Cancelled. Nothing was saved and nothing was logged as disclosed.';
      return;
    }
    job.state = 'failed';
    job.message =
      error instanceof AppError
        ? error.message
        : 'The bundle could not be built. Nothing was saved. Try again; if it keeps happening, restart Waymark.';
    log.warn('subject-access bundle failed', { done: job.done, total: job.total });
  }
}

/** Drops the bytes as soon as the vault locks, or after a while unclaimed. */
function watchUntilCollected(job: JobRecord): void {
  const finishedAt = Date.now();
  job.watch = setInterval(() => {
    if (!job.vault.sqlite.open)
      drop(job, 'expired', 'The vault was locked, so the bundle was not kept. Build it again.');
    else if (Date.now() - finishedAt > keepFinishedMs)
      drop(job, 'expired', 'The bundle waited too long and was not kept. Build it again.');
  }, lockCheckMs);
  job.watch.unref();
}

function drop(job: JobRecord, state: 'downloaded' | 'expired', message: string): void {
  job.zip = null;
  job.state = state;
  job.message = message;
  if (job.watch) clearInterval(job.watch);
  job.watch = null;
}

function publicView(job: JobRecord): SubjectAccessJob {
  const { id, clientId, requestId, state, done, total, isEncrypted, message } = job;
  return { id, clientId, requestId, state, done, total, isEncrypted, message };
}

/** A job belongs to the vault it was started on: after a lock and unlock it is gone. */
function findJob(vault: OpenVault, jobId: string): JobRecord {
  const job = jobs.get(jobId);
  if (!job || job.vault !== vault)
    throw new AppError('NOT_FOUND', 'That bundle is no longer being built. Build it again.');
  return job;
}

export function subjectAccessJobStatus(vault: OpenVault, jobId: string): SubjectAccessJob {
  return publicView(findJob(vault, jobId));
}

export function cancelSubjectAccessJob(vault: OpenVault, jobId: string): SubjectAccessJob {
  const job = findJob(vault, jobId);
  if (job.state === 'running') job.controller.abort();
  else if (job.state === 'finished')
    drop(job, 'expired', 'Cancelled. The bundle was not kept and nothing was logged as disclosed.');
  return publicView(job);
}

/** Hands the finished bundle over once, logs the disclosure, and forgets the bytes. */
export function downloadSubjectAccessBundle(
  vault: OpenVault,
  jobId: string,
  context: ServiceContext = systemContext,
): { fileName: string; dataBase64: string; job: SubjectAccessJob } {
  const job = findJob(vault, jobId);
  if (job.state === 'running')
    throw new AppError('VALIDATION', 'The bundle is still being built. Wait for it to finish.');
  if (!job.zip)
    throw new AppError(
      'NOT_FOUND',
      job.state === 'downloaded'
        ? 'The bundle was already downloaded and is no longer kept. Build it again if you need another copy.'
        : job.message || 'There is no bundle to download. Build it again.',
    );
  const dataBase64 = job.zip.toString('base64');
  // Handing the bundle over is sending it: the disclosure and the closed request are recorded together.
  vault.db.transaction(() => {
    logDisclosure(vault, subjectAccessDisclosure(job.clientId, job.recipient, job.on), context);
    markRequestSent(vault, job.requestId, job.on);
  });
  drop(
    job,
    'downloaded',
    `Downloaded${job.isEncrypted ? ' (encrypted: send the password separately, by another route)' : ''}. The request is marked as sent on ${formatUkDate(job.on)}, and the disclosure is recorded in the log.`,
  );
  return { fileName: job.fileName, dataBase64, job: publicView(job) };
}

/** Forgets every bundle, bytes and all: for when the vault locks. */
export function forgetSubjectAccessJobs(): void {
  for (const job of jobs.values()) {
    job.controller.abort();
    drop(job, 'expired', 'The vault was locked, so the bundle was not kept.');
  }
  jobs.clear();
}
