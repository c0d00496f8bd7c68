// Runs in a worker thread: opens the vault's database read-only with the data
// key on a connection of its own and reads every page (PRAGMA quick_check),
// so a damaged page is found without holding up the adviser.
import { parentPort, workerData } from 'node:worker_threads';
import { isDamageError, openEncryptedDatabase } from '../db/open';

type Job = { file: string; dataKey: Uint8Array; nativeBinding?: string | undefined };
export type DamageCheckResult = { outcome: 'ok' | 'damaged' | 'unchecked' };

const job = workerData as Job;
const dataKey = Buffer.from(job.dataKey);
let result: DamageCheckResult;
try {
  const sqlite = openEncryptedDatabase(job.file, dataKey, { nativeBinding: job.nativeBinding, isReadOnly: true });
  try {
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    result = { outcome: rows.length === 1 && rows[0]?.quick_check === 'ok' ? 'ok' : 'damaged' };
  } finally {
    sqlite.close();
  }
} catch (error) {
  const code = (error as { code?: string }).code;
  // Any other failure (the file moved by a restore, say) proves nothing either way.
  result = { outcome: isDamageError(error) || code === 'VAULT_DAMAGED' ? 'damaged' : 'unchecked' };
} finally {
  dataKey.fill(0);
}
parentPort?.postMessage(result);
