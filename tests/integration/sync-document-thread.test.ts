// A first sync of many case files makes their documents in a thread of its own
// (main/services/sync/document-maker.ts) while it reads the next rows and writes
// the folder. What the other computer receives must be the tables as they are,
// and an edit the adviser saves while a batch is being made must not be lost.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as schema from '../../main/db/schema';
import { openEncryptedDatabase } from '../../main/db/open';
import { editableFields, getClient, saveClient } from '../../main/services/clients';
import { saveNotes } from '../../main/services/interviews';
import { syncWithFolder } from '../../main/services/sync';
import { startDocumentMaker, type DocumentMaker } from '../../main/services/sync/document-maker';
import type { OpenVault } from '../../main/vault';
import { aClient, aSchool, anInterview } from '../support/factories';
import { syncedRecords } from '../support/synced-records';
import { laptopAndDesktop } from '../support/two-computers';

const closing: (() => unknown)[] = [];

afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

/** A caseload with notes, including the names the handbook asks us to survive. */
function aCaseload(vault: OpenVault, count: number): string[] {
  const schoolId = aSchool(vault);
  const names = [
    ['Siân', "O'Neill"],
    ['مريم', 'Haddad'],
    ['Robert', "Robert'); DROP TABLE"],
  ];
  return Array.from({ length: count }, (_, index) => {
    const [forename, surname] = names[index % names.length] as [string, string];
    const client = aClient(vault, { organisationId: schoolId, forename, surname: `${surname} ${index}` });
    const interview = anInterview(vault, client.id);
    saveNotes(vault, interview.id, 0, `Pupil ${index} wants to study art at college. Open day on 12 March.`);
    return client.id;
  });
}

describe('making new case files in the document thread', () => {
  it('a first sync of 120 new case files reaches the other computer exactly as the tables hold them', async () => {
    const { folder, laptop, desktop } = await laptopAndDesktop();
    aCaseload(laptop.database(), 120);

    // 121 documents (the practice and 120 case files): enough that the sync starts the thread.
    const sent = await syncWithFolder(laptop.database(), folder);
    expect(sent).toMatchObject({ sent: 121, skipped: [] });
    const received = await syncWithFolder(desktop.database(), folder);
    expect(received).toMatchObject({ received: 121, conflicts: 0, skipped: [] });

    expect(syncedRecords(desktop.database())).toEqual(syncedRecords(laptop.database()));
    // Nothing left waiting: a second round sends and receives nothing.
    expect(await syncWithFolder(laptop.database(), folder)).toEqual({
      sent: 0,
      received: 0,
      conflicts: 0,
      skipped: [],
    });
    expect(await syncWithFolder(desktop.database(), folder)).toEqual({
      sent: 0,
      received: 0,
      conflicts: 0,
      skipped: [],
    });
  });

  it('keeps an edit the adviser saves while its case file is being made in the thread', async () => {
    const { folder, laptop, desktop } = await laptopAndDesktop();
    const clientIds = aCaseload(laptop.database(), 6);
    // The window's own connection to the same vault file, as in the app while the sync thread works.
    const windowConnection = openEncryptedDatabase(laptop.files.database, laptop.dataKey(), {});
    closing.push(() => windowConnection.close());
    const window: OpenVault = { sqlite: windowConnection, db: drizzle({ client: windowConnection, schema }) };

    const thread = startDocumentMaker();
    closing.push(() => thread.stop());
    let edited: string | undefined;
    const editingMeanwhile: DocumentMaker = {
      make(documents) {
        // The first batch's rows have been read; the adviser corrects one of its pupils before it is recorded.
        const entity = documents.find((document) => document.entity.startsWith('client:'))?.entity;
        if (edited === undefined && entity) {
          edited = entity.slice('client:'.length);
          saveClient(window, {
            ...editableFields(getClient(window, edited)),
            forename: 'Siobhán',
            id: edited,
          });
        }
        return thread.make(documents);
      },
      stop: () => thread.stop(),
    };

    await syncWithFolder(laptop.database(), folder, { documentMaker: editingMeanwhile });
    expect(edited).toBeDefined();
    expect(clientIds).toContain(edited);
    await syncWithFolder(desktop.database(), folder);

    expect(getClient(desktop.database(), edited as string).forename).toBe('Siobhán');
    expect(syncedRecords(desktop.database())).toEqual(syncedRecords(laptop.database()));
  });

  it('makes the documents in the sync itself when the thread fails', async () => {
    const { folder, laptop, desktop } = await laptopAndDesktop();
    aCaseload(laptop.database(), 5);
    const failing: DocumentMaker = {
      make: () => Promise.reject(new Error('the document thread stopped')),
      stop: () => Promise.resolve(),
    };

    const sent = await syncWithFolder(laptop.database(), folder, { documentMaker: failing });
    expect(sent).toMatchObject({ sent: 6, skipped: [] });
    await syncWithFolder(desktop.database(), folder);
    expect(syncedRecords(desktop.database())).toEqual(syncedRecords(laptop.database()));
  });
});
