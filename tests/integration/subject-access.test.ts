// The subject-access bundle: complete by construction, checksummed, readable,
// and openable only with its password when encrypted.
import { createHash } from 'node:crypto';
import { BlobReader, TextWriter, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSubjectAccessBundle, listWithholdable, markWithheld } from '../../main/export/subject-access';
import { listDisclosures, logDisclosure, recordConsent } from '../../main/services/data-protection';
import { addAttachment, saveNotes, startInterview } from '../../main/services/interviews';
import { cancelSubjectAccessJob, downloadSubjectAccessBundle, forgetSubjectAccessJobs, startSubjectAccessJob, subjectAccessJobStatus, type SubjectAccessJob } from '../../main/services/sharing';
import { createPlan, finalisePlan } from '../../main/services/plans';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);
let vault: Vault;
let open: OpenVault;
let clientId: string;
let interviewId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll('Surname,Forename,DOB\nNowak,Zofia,04/05/2009\nJones,Cerys,02/02/2010\n', now);
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
  const interview = startInterview(open, { clientId, templateId: 'oskar', heldOn: '2026-11-23' }, now);
  interviewId = interview.id;
  saveNotes(open, interview.id, 0, 'Zofia wants to train as a paramedic', now);
  addAttachment(open, interview.id, 'whiteboard.png', png.toString('base64'), now);
  const plan = createPlan(open, clientId, 'now-want-how', interview.id, now);
  finalisePlan(open, plan.id, interview.id, now);
  recordConsent(open, clientId, { hasExplainedConfidentiality: true, agreements: { shareWithTutor: true, shareWithParent: false, uploadToSchoolSystem: false, includeInDestinationReturns: false }, givenBy: 'client', givenOn: '2026-11-23', method: 'verbal' }, now);
  logDisclosure(open, { clientId, recipient: 'Ms Patel (tutor)', what: 'Action plan (shared copy)', lawfulBasis: 'consent', disclosedOn: '2026-11-23' }, now);
});
afterEach(() => {
  forgetSubjectAccessJobs();
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

describe('third-party information', () => {
  it('is replaced by its note in every file of the bundle, and the cover letter and manifest say what was withheld', async () => {
    saveNotes(open, interviewId, 1, 'Her friend Kacper Lewandowski is being bullied at home', now);
    const withholdable = listWithholdable(open, clientId);
    const notes = withholdable.find((record) => record.kind === 'interview-notes' && record.recordKey === `${interviewId}:1`);
    const attachment = withholdable.find((record) => record.kind === 'attachment');
    if (!notes || !attachment) throw new Error(`Missing from the list: ${JSON.stringify(withholdable.map((record) => record.label))}`);
    expect(notes.excerpt).toContain('Kacper');
    expect(notes.label).not.toContain('Kacper');
    markWithheld(open, clientId, { kind: 'interview-notes', recordKey: notes.recordKey, note: 'Names another young person' }, now);
    markWithheld(open, clientId, { kind: 'attachment', recordKey: attachment.recordKey, note: 'Photo shows other pupils' }, now);

    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, { clientId, recipient: 'Zofia Nowak', on: '2026-11-23' }));
    const paths = Object.keys(zip.files).filter((path) => !zip.files[path]?.dir);
    for (const path of paths) {
      const bytes = await zip.file(path)!.async('nodebuffer');
      expect(bytes.includes(Buffer.from('Kacper')), path).toBe(false);
      expect(bytes.includes(png), path).toBe(false);
    }
    expect(paths.filter((path) => path.startsWith('attachments/'))).toEqual([]);
    const data = JSON.parse(await zip.file('data.json')!.async('string'));
    const withheldNotes = data.tables.interview_notes.find((row: { stage_index: number }) => row.stage_index === 1);
    expect(withheldNotes.text).toBe('Withheld: Names another young person');
    expect(data.tables.interview_notes.find((row: { stage_index: number }) => row.stage_index === 0).text).toBe('Zofia wants to train as a paramedic');
    expect(await zip.file('csv/interview_notes.csv')!.async('string')).toContain('Withheld: Names another young person');
    expect(await zip.file('records.html')!.async('string')).toContain('Withheld: Names another young person');
    const letter = await zip.file('cover-letter.html')!.async('string');
    expect(letter).toContain('Information withheld');
    expect(letter).toContain(`${notes.label}: Names another young person`);
    expect(letter).toContain('Photo shows other pupils');
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.withheld).toEqual([
      { what: notes.label, note: 'Names another young person' },
      { what: attachment.label, note: 'Photo shows other pupils' },
    ]);
  });

  it('needs a note, and only marks records held on this client', () => {
    const record = listWithholdable(open, clientId)[0];
    if (!record) throw new Error('Nothing to withhold.');
    expect(() => markWithheld(open, clientId, { kind: record.kind, recordKey: record.recordKey, note: '  ' }, now)).toThrow(/Say briefly why/);
    expect(() => markWithheld(open, clientId, { kind: 'plan-version', recordKey: '999', note: 'Names a sibling' }, now)).toThrow(/not held on this client/);
  });
});

describe('building the bundle in the background', () => {
  async function settled(jobId: string): Promise<SubjectAccessJob> {
    let job = subjectAccessJobStatus(open, jobId);
    while (job.state === 'running') {
      await new Promise((resolveWait) => setTimeout(resolveWait, 10));
      job = subjectAccessJobStatus(open, jobId);
    }
    return job;
  }

  it('reports progress, hands the bundle over once, and logs the disclosure when it is downloaded', async () => {
    const started = startSubjectAccessJob(open, { clientId, recipient: 'Zofia Nowak', on: '2026-11-23' });
    expect(started).toMatchObject({ state: 'running', done: 0, isEncrypted: false });
    const finished = await settled(started.id);
    expect(finished.state).toBe('finished');
    expect(finished.total).toBeGreaterThan(5);
    expect(finished.done).toBe(finished.total);
    expect(listDisclosures(open, clientId).filter((entry) => entry.lawfulBasis === 'subject-access')).toEqual([]);

    const downloaded = downloadSubjectAccessBundle(open, started.id, now);
    expect(downloaded.fileName).toBe('Subject access - Zofia Nowak - 2026-11-23.zip');
    const zip = await JSZip.loadAsync(Buffer.from(downloaded.dataBase64, 'base64'));
    expect(zip.file('manifest.json')).not.toBeNull();
    expect(downloaded.job.state).toBe('downloaded');
    expect(listDisclosures(open, clientId).filter((entry) => entry.lawfulBasis === 'subject-access')).toHaveLength(1);
    expect(() => downloadSubjectAccessBundle(open, started.id, now)).toThrow(/already downloaded/);
  });

  it('stops on Cancel, with nothing kept and nothing logged', async () => {
    const started = startSubjectAccessJob(open, { clientId, recipient: 'Zofia Nowak', on: '2026-11-23' });
    cancelSubjectAccessJob(open, started.id);
    const job = await settled(started.id);
    expect(job.state).toBe('cancelled');
    expect(job.message).toContain('Nothing was saved');
    expect(() => downloadSubjectAccessBundle(open, started.id, now)).toThrow(/no bundle to download|Cancelled/);
    expect(listDisclosures(open, clientId).filter((entry) => entry.lawfulBasis === 'subject-access')).toEqual([]);
  });

  it('forgets a finished bundle when the vault locks', async () => {
    const started = startSubjectAccessJob(open, { clientId, password: 'send-this-separately-42', recipient: 'Zofia Nowak', on: '2026-11-23' });
    expect((await settled(started.id)).state).toBe('finished');
    forgetSubjectAccessJobs();
    expect(() => downloadSubjectAccessBundle(open, started.id, now)).toThrow(/no longer being built/);
  });

  it('refuses a short password before starting', () => {
    expect(() => startSubjectAccessJob(open, { clientId, password: 'short', recipient: 'Zofia Nowak', on: '2026-11-23' })).toThrow(/at least 12 characters/);
  });
});
