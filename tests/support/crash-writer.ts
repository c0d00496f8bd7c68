// Child process for the crash-safety test: opens the vault's database with the
// app's own open sequence, then commits writes through the app's services in a
// loop (new clients, growing interview notes, consent records), printing one
// acknowledgement line after each commit has returned, until it is killed.
//
// Arguments: database file, migrations folder, an existing client's id, the
// round number. The raw data key (of a throwaway test vault) comes in the
// WAYMARK_CRASH_KEY environment variable, so the child skips the deliberately
// slow key derivation and a round costs little more than Node's start-up.
// stdout is a pipe, and pipe writes are synchronous on Linux: a line the
// parent has read was written after its commit returned. The writer loads its
// modules, then waits for "go" on stdin, so the test can start the next writer
// while it checks the vault after the last kill.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { applyMigrations } from '../../main/db/migrations';
import { openEncryptedDatabase } from '../../main/db/open';
import * as schema from '../../main/db/schema';
import { editableFields, getClient, saveClient } from '../../main/services/clients';
import { recordConsent } from '../../main/services/consent';
import { saveNotes, startInterview } from '../../main/services/interviews';

function acknowledge(line: string): void {
  process.stdout.write(`${line}\n`);
}

function writeUntilKilled(): void {
  const [databaseFile, migrationsFolder, clientId, round] = process.argv.slice(2) as [string, string, string, string];
  const dataKey = Buffer.from(process.env.WAYMARK_CRASH_KEY ?? '', 'hex');
  const sqlite = openEncryptedDatabase(databaseFile, dataKey);
  const db = drizzle({ client: sqlite, schema });
  applyMigrations(sqlite, db, migrationsFolder);
  const open = { sqlite, db };
  acknowledge('ready');

  const template = editableFields(getClient(open, clientId));
  const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' });
  acknowledge(`interview ${interview.id}`);
  let notes = '';
  // Counted rather than named: two consents in the same millisecond tie on created_at.
  let consentsOnRecord = (
    sqlite.prepare('SELECT count(*) AS total FROM consents WHERE client_id = ?').get(clientId) as { total: number }
  ).total;
  for (let write = 0; ; write += 1) {
    if (write % 3 === 0) {
      const client = saveClient(open, { ...template, surname: `Crashtest${round}x${write}` });
      acknowledge(`client ${client.id}`);
    } else if (write % 3 === 1) {
      notes += `w${write} `;
      saveNotes(open, interview.id, 0, notes);
      acknowledge(`notes ${interview.id} ${notes.length}`);
    } else {
      recordConsent(open, {
        clientId,
        consent: {
          hasExplainedConfidentiality: true,
          agreements: {
            shareWithTutor: write % 2 === 0,
            shareWithParent: false,
            uploadToSchoolSystem: true,
            includeInDestinationReturns: true,
          },
          givenBy: 'client',
          givenOn: '2026-11-23',
          method: 'verbal',
        },
      });
      consentsOnRecord += 1;
      acknowledge(`consents ${consentsOnRecord}`);
    }
  }
}

process.stdin.once('data', () => writeUntilKilled());
