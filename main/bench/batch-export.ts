// batch_export_300_ms: a school's current plans, 300 of them, to Word documents
// in a folder, as the batch export writes them (one at a time, each written
// whole and renamed). The school with the most plans is the one measured.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { batchStatus, exportPlan, plansForBatch, startBatchExport } from '../services/plans';
import type { OpenVault } from '../vault';

export async function timeBatchExport(
  vault: OpenVault,
  workspace: string,
  size = 300,
): Promise<{ ms: number; documents: number }> {
  const school = vault.sqlite
    .prepare(
      'SELECT c.organisation_id AS id FROM action_plans p JOIN clients c ON c.id = p.client_id GROUP BY c.organisation_id ORDER BY count(*) DESC LIMIT 1',
    )
    .get() as { id: string } | undefined;
  if (!school) return { ms: 0, documents: 0 };
  const entries = plansForBatch(vault, { organisationId: school.id }).slice(0, size);
  const folder = mkdtempSync(join(workspace, 'batch-'));
  try {
    const started = performance.now();
    const job = startBatchExport({
      folder,
      entries,
      excluded: [],
      produce: (entry) => exportPlan(vault, { planId: entry.planId, variant: { isEasyRead: false } }),
    });
    let status = batchStatus(job.id);
    while (status.state === 'running') {
      await new Promise((resolveWait) => setTimeout(resolveWait, 5));
      status = batchStatus(job.id);
    }
    const ms = performance.now() - started;
    if (status.state !== 'finished')
      throw new Error(`the benchmark's batch export ended ${status.state}: ${status.message}`);
    return { ms, documents: readdirSync(folder).length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
