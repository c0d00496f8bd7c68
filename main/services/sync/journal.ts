// Which documents another computer changed since this one last looked. Opening
// every document's folder in the shared folder to find out takes seconds at
// 20,000 clients (one directory listing each); instead each sync that writes
// chunks names them in a journal entry (folder-store.ts), and a sync opens only
// the documents named in entries it has not read. The journal is a shortcut,
// never the only way: a chunk that arrives by another route (a folder copied
// by hand, an entry lost) is found by a full look at every document, made on
// the first sync with a folder and then at least once a day.
import { z } from 'zod';
import type { OpenVault } from '../../vault';
import { readStoredSetting, writeStoredSetting } from '../settings/stored-settings';
import { journalTime, type FolderStore } from './folder-store';

/** This computer's own record of the journal: it never travels (`sync.` keys, synced-tables.ts). */
const settingKey = 'sync.journal';
const journalRecord = z.object({
  folder: z.string(),
  lastFullLook: z.string().optional(),
  read: z.array(z.string()),
});

const hour = 60 * 60 * 1000;
/** How often every document is looked at, journal or not. */
const fullLookEvery = 24 * hour;
/** An entry whose chunks have not all arrived is read again until it is this old; the daily full look covers the rest. */
const waitForChunks = 24 * hour;
/** Entries are removed from the folder at this age: a computer away longer makes a full look when it is back. */
const keepEntriesFor = 30 * 24 * hour;

export type JournalReading = {
  /** Look at every document: the first sync with this folder, or a day since the last full look. */
  fullLook: boolean;
  /** Documents named in entries this computer had not read. */
  changedElsewhere: Set<string>;
  /** Records what this sync read and wrote, and tidies entries too old to matter. */
  finish(written: string[]): Promise<void>;
};

export async function readJournal(
  vault: OpenVault,
  store: FolderStore,
  folder: string,
  now: Date,
): Promise<JournalReading> {
  const stored = readStoredSetting(vault, settingKey, journalRecord.optional(), undefined);
  const record = stored?.folder === folder ? stored : { folder, read: [] };
  const sinceFullLook = record.lastFullLook ? now.getTime() - Date.parse(record.lastFullLook) : NaN;
  // A clock put back counts as overdue too.
  const fullLook = !(sinceFullLook >= 0 && sinceFullLook < fullLookEvery);

  const names = await store.journalNames();
  const alreadyRead = new Set(record.read);
  const changedElsewhere = new Set<string>();
  const nowRead: string[] = [];
  for (const name of names) {
    if (alreadyRead.has(name)) continue;
    const chunks = await store.readJournal(name);
    // An entry that cannot be read was reported by the store; the next full look finds its documents.
    if (!chunks) continue;
    for (const [documentId] of chunks) if (documentId) changedElsewhere.add(documentId);
    const age = now.getTime() - (journalTime(name)?.getTime() ?? 0);
    let arrived = true;
    for (const chunk of chunks) if (!(await store.hasChunk(chunk))) arrived = false;
    // Syncthing and cloud folders may bring the entry before its chunks: read it again next time.
    if (arrived || age > waitForChunks) nowRead.push(name);
  }

  return {
    fullLook,
    changedElsewhere,
    async finish(written) {
      const tooOld = names.filter((name) => now.getTime() - (journalTime(name)?.getTime() ?? 0) > keepEntriesFor);
      for (const name of tooOld) await store.removeJournal(name);
      const inFolder = new Set([...names, ...written]);
      for (const name of tooOld) inFolder.delete(name);
      // Only names still in the folder are kept, so the record stays as small as the journal.
      const read = [...new Set([...alreadyRead, ...nowRead, ...written])].filter((name) => inFolder.has(name));
      writeStoredSetting(vault, settingKey, {
        folder,
        lastFullLook: fullLook ? now.toISOString() : record.lastFullLook,
        read,
      });
    },
  };
}
