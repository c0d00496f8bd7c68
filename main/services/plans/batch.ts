// Batch export: every current plan for an organisation (or one year group) into
// a folder, one at a time so progress can be reported and a cancel honoured.
// Each file is written beside its final name and renamed when whole, so a
// cancel or a crash never leaves a half-written document.
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportVariant } from '../../../shared/contract/plans';
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { OpenVault } from '../../vault';
import { exportPlan } from './export';

const log = createLogger('plans-batch');

export type BatchJob = { id: string; state: 'running' | 'finished' | 'cancelled' | 'failed'; done: number; total: number; folder: string; message: string };

const jobs = new Map<string, BatchJob & { isCancelRequested: boolean }>();

export function startBatchExport(vault: OpenVault, request: { organisationId: string; yearGroup?: number | null | undefined; folder: string; variant: ExportVariant }): BatchJob {
  const folder = resolve(request.folder);
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new AppError('VALIDATION', 'Waymark could not create or open that folder. Choose another one.');
  }
  const yearFilter = request.yearGroup === undefined ? '' : request.yearGroup === null ? 'AND c.year_group IS NULL' : 'AND c.year_group = @yearGroup';
  const plans = vault.sqlite
    .prepare(`SELECT p.id FROM action_plans p JOIN clients c ON c.id = p.client_id WHERE c.organisation_id = @organisationId ${yearFilter} ORDER BY c.surname, c.forename`)
    .all({ organisationId: request.organisationId, ...(typeof request.yearGroup === 'number' ? { yearGroup: request.yearGroup } : {}) }) as { id: string }[];
  const job = { id: randomUUID(), state: 'running' as const, done: 0, total: plans.length, folder, message: '', isCancelRequested: false };
  jobs.set(job.id, job);
  void run(vault, job, plans.map((plan) => plan.id), request.variant);
  return publicView(job);
}

async function run(vault: OpenVault, job: BatchJob & { isCancelRequested: boolean }, planIds: string[], variant: ExportVariant): Promise<void> {
  const usedNames = new Set<string>();
  for (const planId of planIds) {
    if (job.isCancelRequested) {
      job.state = 'cancelled';
      job.message = `Cancelled after ${job.done} of ${job.total}. The ${job.done} finished documents are complete; nothing is half-written.`;
      return;
    }
    let partial: string | undefined;
    try {
      const exported = await exportPlan(vault, planId, variant);
      const fileName = uniqueName(exported.fileName, usedNames);
      partial = join(job.folder, `.${fileName}.partial`);
      writeFileSync(partial, exported.bytes);
      renameSync(partial, join(job.folder, fileName));
      job.done += 1;
    } catch (error) {
      if (partial) rmSync(partial, { force: true });
      job.state = 'failed';
      job.message = error instanceof AppError ? error.message : `Stopped after ${job.done} of ${job.total}: a document could not be written. Check the folder has space and try again.`;
      log.warn('batch export stopped', { done: job.done, total: job.total });
      return;
    }
    // Let other calls (progress, cancel) through between documents.
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
  job.state = 'finished';
  job.message = `Exported ${job.done} plan${job.done === 1 ? '' : 's'}.`;
}

function uniqueName(fileName: string, used: Set<string>): string {
  let candidate = fileName;
  for (let copy = 2; used.has(candidate.toLowerCase()); copy += 1) candidate = fileName.replace(/\.docx$/, ` (${copy}).docx`);
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
