// The subject-access bundle: complete by construction, checksummed, readable,
// and openable only with its password when encrypted.
import { createHash } from 'node:crypto';
import { BlobReader, TextWriter, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSubjectAccessBundle } from '../../main/export/subject-access';
import { listDisclosures, logDisclosure, recordConsent } from '../../main/services/data-protection';
import { addAttachment, saveNotes, startInterview } from '../../main/services/interviews';
import { createPlan, finalisePlan } from '../../main/services/plans';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll('Surname,Forename,DOB\nNowak,Zofia,04/05/2009\nJones,Cerys,02/02/2010\n', now);
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
  const interview = startInterview(open, { clientId, templateId: 'oskar', heldOn: '2026-11-23' }, now);
  saveNotes(open, interview.id, 0, 'Zofia wants to train as a paramedic', now);
  addAttachment(open, interview.id, 'whiteboard.png', png.toString('base64'), now);
  const plan = createPlan(open, clientId, 'now-want-how', interview.id, now);
  finalisePlan(open, plan.id, interview.id, now);
  recordConsent(open, clientId, { hasExplainedConfidentiality: true, agreements: { shareWithTutor: true, shareWithParent: false, uploadToSchoolSystem: false, includeInDestinationReturns: false }, givenBy: 'client', givenOn: '2026-11-23', method: 'verbal' }, now);
  logDisclosure(open, { clientId, recipient: 'Ms Patel (tutor)', what: 'Action plan (shared copy)', lawfulBasis: 'consent', disclosedOn: '2026-11-23' }, now);
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

describe('the subject-access bundle', () => {
  it('includes every table that holds client data, derived from the schema', async () => {
    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, { clientId, recipient: 'Zofia Nowak', on: '2026-11-23' }));
    const data = JSON.parse(await zip.file('data.json')!.async('string'));
    const tables = (open.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'`).all() as { name: string }[]).map((row) => row.name);
    const holdingClientData = tables.filter((table) => {
      const columns = (open.sqlite.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((column) => column.name);
      return table === 'clients' || columns.some((column) => ['client_id', 'interview_id', 'plan_id'].includes(column));
    });
    expect(Object.keys(data.tables).sort()).toEqual(holdingClientData.sort());
    expect(data).toMatchObject({ format: 'waymark-subject-access', formatVersion: 1, subject: 'Zofia Nowak' });
    expect(data.tables.clients).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain('Cerys');
    expect(data.tables.interview_notes[0].text).toBe('Zofia wants to train as a paramedic');
    for (const table of Object.keys(data.tables)) expect(zip.file(`csv/${table}.csv`), table).not.toBeNull();
  });

  it('lists every file in a manifest whose checksums match, with the Article 15 information in the cover letter', async () => {
    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, { clientId, recipient: 'Zofia Nowak', on: '2026-11-23' }));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: { path: string; sha256: string }[] };
    const inZip = Object.keys(zip.files).filter((path) => !zip.files[path]?.dir && path !== 'manifest.json').sort();
    expect(manifest.files.map((file) => file.path).sort()).toEqual(inZip);
    for (const file of manifest.files) {
      const bytes = await zip.file(file.path)!.async('nodebuffer');
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
    const attachment = manifest.files.find((file) => file.path.startsWith('attachments/'));
    expect((await zip.file(attachment?.path ?? '')!.async('nodebuffer')).equals(png)).toBe(true);
    const letter = await zip.file('cover-letter.html')!.async('string');
    for (const text of ['Why I hold it', 'What kinds of information', 'Ms Patel (tutor)', 'How long I keep it', 'Where it came from', 'rectification', 'erase', 'restrict', 'object', "Information Commissioner's Office"]) {
      expect(letter).toContain(text);
    }
    expect(listDisclosures(open, clientId)[0]).toMatchObject({ recipient: 'Zofia Nowak', lawfulBasis: 'subject-access' });
  });

  it('opens only with its password when encrypted', async () => {
    const password = 'send-this-separately-42';
    const bytes = await buildSubjectAccessBundle(open, { clientId, password, recipient: 'Zofia Nowak', on: '2026-11-23' });
    expect(bytes.includes(Buffer.from('paramedic'))).toBe(false);
    const entries = await new ZipReader(new BlobReader(new Blob([bytes]))).getEntries();
    const dataEntry = entries.find((entry) => entry.filename === 'data.json');
    expect(dataEntry?.encrypted).toBe(true);
    if (!dataEntry || dataEntry.directory) throw new Error('data.json missing');
    await expect(dataEntry.getData(new Uint8ArrayWriter(), { password: 'wrong password!!' })).rejects.toThrow();
    expect(await dataEntry.getData(new TextWriter(), { password })).toContain('paramedic');
  });
});
