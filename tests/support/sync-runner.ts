// Child process for the sync kill-safety test: opens one computer's vault
// database with the app's own open sequence, then, until it is killed, adds a
// client (printing "client <id>" once the commit has returned) and syncs with
// the shared folder (printing "synced" once the sync has returned).
//
// Arguments: database file, migrations folder, shared folder, a name for the
// computer. The raw data key of a throwaway test vault comes in the
// WAYMARK_SYNC_KEY_HEX environment variable, so the child skips the slow key
// derivation. It loads its modules, then waits for "go" on stdin.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { applyMigrations } from '../../main/db/migrations';
import { openEncryptedDatabase } from '../../main/db/open';
import * as schema from '../../main/db/schema';
import { aClient } from './factories';
import { syncWithFolder } from '../../main/services/sync';
import { derivedKeys } from '../../main/vault/derived-keys';

function acknowledge(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function editAndSyncUntilKilled(): Promise<void> {
  const [databaseFile, migrationsFolder, folder, computer] = process.argv.slice(2) as [string, string, string, string];
  const dataKey = Buffer.from(process.env.WAYMARK_SYNC_KEY_HEX ?? '', 'hex');
  const sqlite = openEncryptedDatabase(databaseFile, dataKey);
  const db = drizzle({ client: sqlite, schema });
  applyMigrations(sqlite, db, migrationsFolder);
  const vault = { sqlite, db, ...derivedKeys(dataKey) };
  const { organisationId } = sqlite.prepare('SELECT organisation_id AS organisationId FROM clients LIMIT 1').get() as {
    organisationId: string;
  };
  acknowledge('ready');
  for (let round = 0; ; round += 1) {
    const client = aClient(vault, { organisationId, surname: `Synctest ${computer} ${process.pid} ${round}` });
    acknowledge(`client ${client.id}`);
    await syncWithFolder(vault, folder);
    acknowledge('synced');
  }
}

process.stdin.once('data', () => void editAndSyncUntilKilled());
