// Runs in a worker thread: checks the seal on every page of the vault's
// database (page-seals.ts), and, when a seal does not match or the weekly full
// check is due, opens the database read-only with the data key on a connection
// of its own and has SQLite read and walk every page (PRAGMA quick_check), so
// damage is found without holding up the adviser.
import { parentPort, workerData } from 'node:worker_threads';
import { isDamageError, openEncryptedDatabase } from '../db/open';
import { giveWayToTheAdviser } from '../workers/background-priority';
import { checkPageSeals } from './page-seals';

type Job = { file: string; dataKey: Uint8Array; nativeBinding?: string | undefined; isFullCheckDue: boolean };
export type DamageCheckResult = {
  outcome: 'ok' | 'damaged' | 'unchecked';
  /** Whether SQLite's own check of every page and every table's structure ran. */
  isFullCheck: boolean;
};

giveWayToTheAdviser();
const job = workerData as Job;
const dataKey = Buffer.from(job.dataKey);
let result: DamageCheckResult;
try {
  const seals = checkPageSeals(job.file, dataKey);
  // A page sealed wrongly may only have been mid-write as it was read: SQLite's check decides.
  result =
    seals.unsealedPages.length === 0 && !job.isFullCheckDue
      ? { outcome: 'ok', isFullCheck: false }
      : { outcome: fullCheck(), isFullCheck: true };
} catch (error) {
  const code = (error as { code?: string }).code;
  // Any other failure (the file moved by a restore, say) proves nothing either way.
  result = {
    outcome: isDamageError(error) || code === 'VAULT_DAMAGED' ? 'damaged' : 'unchecked',
    isFullCheck: false,
  };
} finally {
  dataKey.fill(0);
}
parentPort?.postMessage(result);

function fullCheck(): DamageCheckResult['outcome'] {
  const sqlite = openEncryptedDatabase(job.file, dataKey, { nativeBinding: job.nativeBinding, isReadOnly: true });
  try {
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok' ? 'ok' : 'damaged';
  } finally {
    sqlite.close();
  }
}
