// Batch export: every current plan for an organisation (or one year group) into
// a folder, one at a time so progress can be reported and a cancel honoured.
// Each file is written beside its final name and renamed when whole, so a
// cancel or a crash never leaves a half-written document.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportVariant } from '../../../shared/contract/plans';
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { OpenVault } from '../../vault';
import { exportPlan } from './export';
import { type ServiceContext, systemContext } from '../context';

const log = createLogger('plans-batch');

export type BatchJob = {
  id: string;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  done: number;
  total: number;
  folder: string;
  message: string;
  /** Clients left out of the batch, and why (for shared copies: no consent for the purpose). */
  excluded: { clientName: string; reason: string }[];
};

/** One plan in a batch. */
export type BatchEntry = { planId: string; clientId: string; clientName: string };
/** One document of a batch; `onWritten` runs once the file is whole on disk (a shared copy logs its disclosure then). */
export type BatchDocument = { fileName: string; bytes: Buffer; onWritten?: () => void };

const jobs = new Map<string, BatchJob & { isCancelRequested: boolean }>();

/** The plans of an organisation's clients (or one year group), in name order. */
export function plansForBatch(
  vault: OpenVault,
  request: { organisationId: string; yearGroup?: number | null | undefined },
): BatchEntry[] {
  const yearFilter =
    request.yearGroup === undefined
      ? ''
      : request.yearGroup === null
        ? 'AND c.year_group IS NULL'
        : 'AND c.year_group = @yearGroup';
  return vault.sqlite
    .prepare(
      `SELECT p.id AS planId, c.id AS clientId, c.forename || ' ' || c.surname AS clientName FROM action_plans p JOIN clients c ON c.id = p.client_id
       WHERE c.organisation_id = @organisationId ${yearFilter} ORDER BY c.surname, c.forename`,
    )
    .all({
      organisationId: request.organisationId,
      ...(typeof request.yearGroup === 'number' ? { yearGroup: request.yearGroup } : {}),
    }) as BatchEntry[];
}

/** The clients' own copies (standard or easy read) of every plan for an organisation or year group. */
export function startPlanBatch(
  vault: OpenVault,
  request: { organisationId: string; yearGroup?: number | null | undefined; folder: string; variant: ExportVariant },
): BatchJob {
  return startBatchExport({
    folder: request.folder,
    entries: plansForBatch(vault, request),
    excluded: [],
    produce: (entry) => exportPlan(vault, { planId: entry.planId, variant: request.variant }),
  });
}

/** Writes one document per entry into the folder, in the background, reporting progress. */
export function startBatchExport(
  request: {
    folder: string;
    entries: BatchEntry[];
    excluded: BatchJob['excluded'];
    produce: (entry: BatchEntry) => Promise<BatchDocument>;
  },
  context: ServiceContext = systemContext,
): BatchJob {
  const folder = resolve(request.folder);
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new AppError('VALIDATION', 'Waymark could not create or open that folder. Choose another one.');
  }
  const job = {
    id: context.newId(),
    state: 'running' as const,
    done: 0,
    total: request.entries.length,
    folder,
    message: '',
    excluded: request.excluded,
    isCancelRequested: false,
  };
  jobs.set(job.id, job);
  void run(job, request.entries, request.produce);
  return publicView(job);
}

async function run(
  job: BatchJob & { isCancelRequested: boolean },
  entries: BatchEntry[],
  produce: (entry: BatchEntry) => Promise<BatchDocument>,
): Promise<void> {
  const usedNames = new Set<string>();
  for (const entry of entries) {
    if (job.isCancelRequested) {
      job.state = 'cancelled';
      job.message = `Cancelled after ${job.done} of ${job.total}. The ${job.done} finished documents are complete; nothing is half-written.`;
      return;
    }
    let partial: string | undefined;
    try {
      const exported = await produce(entry);
      const fileName = uniqueName(exported.fileName, usedNames);
      partial = join(job.folder, `.${fileName}.partial`);
      writeFileSync(partial, exported.bytes);
      renameSync(partial, join(job.folder, fileName));
      partial = undefined;
      exported.onWritten?.();
      job.done += 1;
    } catch (error) {
      if (partial) rmSync(partial, { force: true });
      job.state = 'failed';
      job.message =
        error instanceof AppError
          ? error.message
          : `Stopped after ${job.done} of ${job.total}: a document could not be written. Check the folder has space and try again.`;
      log.warn('batch export stopped', { done: job.done, total: job.total });
      return;
    }
    // Let other calls (progress, cancel) through between documents.
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
  job.state = 'finished';
  const left = job.excluded.length > 0 ? ` ${job.excluded.length} left out: see the list.` : '';
  job.message = `Exported ${job.done} plan${job.done === 1 ? '' : 's'}.${left}`;
}

function uniqueName(fileName: string, used: Set<string>): string {
  let candidate = fileName;
  for (let copy = 2; used.has(candidate.toLowerCase()); copy += 1)
    candidate = fileName.replace(/\.docx$/, ` (${copy}).docx`);
  used.add(candidate.toLowerCase());
  return candidate;
}

function publicView({ isCancelRequested: _ignored, ...job }: BatchJob & { isCancelRequested: boolean }): BatchJob {
  return { ...job };
}

export function batchStatus(jobId: string): BatchJob {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'That export is no longer running.');
  return publicView(job);
}

export function cancelBatch(jobId: string): BatchJob {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'That export is no longer running.');
  job.isCancelRequested = true;
  return publicView(job);
}
