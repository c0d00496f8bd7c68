// The subject-access bundle: complete by construction, checksummed, readable,
// and openable only with its password when encrypted.
import { createHash } from 'node:crypto';
import { BlobReader, TextWriter, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnCategories } from '../../main/export/subject-access';
import { getRequest, logRequest, recordIdentityCheck } from '../../main/services/subject-access';
import { listDisclosures, logDisclosure } from '../../main/services/disclosures';
import { recordConsent } from '../../main/services/consent';
import { savePracticeDetails } from '../../main/services/practice';
import { saveRetentionSchedule } from '../../main/services/retention';
import { updateSettings } from '../../main/services/settings';
import { clientDataTables } from '../../main/services/erasure';
import { defaultRetentionSchedule } from '../../shared/retention';
import { addAttachment, saveNotes, startInterview } from '../../main/services/interviews';
import {
  buildSubjectAccessBundle,
  cancelSubjectAccessJob,
  downloadSubjectAccessBundle,
  forgetSubjectAccessJobs,
  listWithholdable,
  listWithholdings,
  markWithheld,
  previewSubjectAccessLetter,
  startSubjectAccessJob,
  subjectAccessJobStatus,
  type BundleOptions,
  type SubjectAccessJob,
} from '../../main/services/subject-access';
import { createPlan, finalisePlan, getPlan, planForClient, saveDraft, startReview } from '../../main/services/plans';
import { recordActivity, recordGuaranteeOffer, recordIntendedDestination } from '../../main/services/destinations';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);
let vault: Vault;
let open: OpenVault;
let clientId: string;
let interviewId: string;

const controller = {
  adviserName: 'Siân Evans',
  businessName: 'Evans Careers',
  address: '12 High Street\nCardiff CF10 1AA',
  contact: 'sian@example.org',
  icoRegistrationNumber: 'ZA123456',
};
/** A bundle answering Zofia's own request, as the service would build it. */
const ownRequest = (overrides: Partial<BundleOptions> = {}): BundleOptions => ({
  clientId,
  request: { requesterName: 'Zofia Nowak', relationship: 'self', requesterAddress: '', receivedOn: '2026-11-20' },
  controller,
  retention: defaultRetentionSchedule,
  isSafeguardingReleased: false,
  on: '2026-11-23',
  ...overrides,
});
const identityCheck = { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: '2026-11-21' };

beforeEach(async () => {
  const made = await makeVaultWithRoll('Surname,Forename,DOB\nNowak,Zofia,04/05/2009\nJones,Cerys,02/02/2010\n', now);
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
  const interview = startInterview(open, { clientId, templateId: 'oskar', heldOn: '2026-11-23' }, contextAt(now));
  interviewId = interview.id;
  saveNotes(open, interview.id, 0, 'Zofia wants to train as a paramedic', now);
  addAttachment(
    open,
    { interviewId: interview.id, fileName: 'whiteboard.png', dataBase64: png.toString('base64') },
    contextAt(now),
  );
  const plan = createPlan(
    open,
    { clientId, sectionSet: 'now-want-how', fromInterviewId: interview.id },
    contextAt(now),
  );
  finalisePlan(open, { planId: plan.id, interviewId: interview.id }, contextAt(now));
  recordConsent(
    open,
    {
      clientId,
      consent: {
        hasExplainedConfidentiality: true,
        agreements: {
          shareWithTutor: true,
          shareWithParent: false,
          uploadToSchoolSystem: false,
          includeInDestinationReturns: false,
        },
        givenBy: 'client',
        givenOn: '2026-11-23',
        method: 'verbal',
      },
    },
    contextAt(now),
  );
  logDisclosure(
    open,
    {
      clientId,
      recipient: 'Ms Patel (tutor)',
      what: 'Action plan (shared copy)',
      lawfulBasis: 'consent',
      disclosedOn: '2026-11-23',
    },
    contextAt(now),
  );
  updateSettings(open.db, { adviserName: controller.adviserName });
  savePracticeDetails(open, {
    businessName: controller.businessName,
    address: controller.address,
    icoRegistrationNumber: controller.icoRegistrationNumber,
    dataProtectionContact: controller.contact,
  });
});
afterEach(() => {
  forgetSubjectAccessJobs();
  vault.lock();
  removeDirectory(vault.files.directory);
});

describe('the subject-access bundle', () => {
  it('includes every table that holds client data, derived from the schema', async () => {
    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, ownRequest()));
    const data = JSON.parse(await zip.file('data.json')!.async('string'));
    const tables = (
      open.sqlite
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'`,
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    const holdingClientData = tables.filter((table) => {
      const columns = (
        open.sqlite.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]
      ).map((column) => column.name);
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
    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, ownRequest()));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
      files: { path: string; sha256: string }[];
    };
    const inZip = Object.keys(zip.files)
      .filter((path) => !zip.files[path]?.dir && path !== 'manifest.json')
      .sort();
    expect(manifest.files.map((file) => file.path).sort()).toEqual(inZip);
    for (const file of manifest.files) {
      const bytes = await zip.file(file.path)!.async('nodebuffer');
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
    const attachment = manifest.files.find((file) => file.path.startsWith('attachments/'));
    expect((await zip.file(attachment?.path ?? '')!.async('nodebuffer')).equals(png)).toBe(true);
    const letter = await zip.file('cover-letter.html')!.async('string');
    for (const text of [
      'Why I hold it',
      'What kinds of information',
      'Ms Patel (tutor)',
      'How long I keep it',
      'Where it came from',
      'rectification',
      'erase',
      'restrict',
      'object',
      "Information Commissioner's Office",
    ]) {
      expect(letter).toContain(text);
    }
    // Building is not sending: nothing is logged until the bundle is handed over.
    expect(listDisclosures(open, clientId).filter((entry) => entry.lawfulBasis === 'subject-access')).toEqual([]);
  });

  it('opens only with its password when encrypted', async () => {
    const password = 'send-this-separately-42';
    const bytes = await buildSubjectAccessBundle(open, ownRequest({ password }));
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
    const notes = withholdable.find(
      (record) => record.kind === 'interview-notes' && record.recordKey === `${interviewId}:1`,
    );
    const attachment = withholdable.find((record) => record.kind === 'attachment');
    if (!notes || !attachment)
      throw new Error(`Missing from the list: ${JSON.stringify(withholdable.map((record) => record.label))}`);
    expect(notes.excerpt).toContain('Kacper');
    expect(notes.label).not.toContain('Kacper');
    markWithheld(
      open,
      { clientId, kind: 'interview-notes', recordKey: notes.recordKey, note: 'Names another young person' },
      contextAt(now),
    );
    markWithheld(
      open,
      { clientId, kind: 'attachment', recordKey: attachment.recordKey, note: 'Photo shows other pupils' },
      contextAt(now),
    );

    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, ownRequest()));
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
    expect(data.tables.interview_notes.find((row: { stage_index: number }) => row.stage_index === 0).text).toBe(
      'Zofia wants to train as a paramedic',
    );
    expect(await zip.file('csv/interview_notes.csv')!.async('string')).toContain(
      'Withheld: Names another young person',
    );
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
    expect(() =>
      markWithheld(open, { clientId, kind: record.kind, recordKey: record.recordKey, note: '  ' }, contextAt(now)),
    ).toThrow(/Say briefly why/);
    expect(() =>
      markWithheld(open, { clientId, kind: 'plan-version', recordKey: '999', note: 'Names a sibling' }, contextAt(now)),
    ).toThrow(/not held on this client/);
  });

  it('keeps a mark under the id and the time it is given', () => {
    const record = listWithholdable(open, clientId)[0];
    if (!record) throw new Error('Nothing to withhold.');
    const mark = markWithheld(
      open,
      { clientId, kind: record.kind, recordKey: record.recordKey, note: 'Names another young person' },
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['5a000000-0000-4000-8000-000000000001'] }),
    );
    expect(mark).toMatchObject({ id: '5a000000-0000-4000-8000-000000000001', createdAt: '2027-01-05T14:30:00.000Z' });
    expect(listWithholdings(open, clientId)).toEqual([mark]);
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

  const checkedRequest = () =>
    logRequest(
      open,
      { clientId, receivedOn: '2026-11-20', requesterName: 'Zofia Nowak', relationship: 'self', identityCheck },
      contextAt(now),
    ).id;

  it('reports progress, hands the bundle over once, and on download logs the disclosure and closes the request as sent', async () => {
    const requestId = checkedRequest();
    const started = startSubjectAccessJob(open, { requestId, on: '2026-11-23' });
    expect(started).toMatchObject({ state: 'running', done: 0, isEncrypted: false });
    const finished = await settled(started.id);
    expect(finished.state).toBe('finished');
    expect(finished.total).toBeGreaterThan(5);
    expect(finished.done).toBe(finished.total);
    expect(listDisclosures(open, clientId).filter((entry) => entry.lawfulBasis === 'subject-access')).toEqual([]);

    const downloaded = downloadSubjectAccessBundle(open, started.id, contextAt(now));
    expect(downloaded.fileName).toBe('Subject access - Zofia Nowak - 2026-11-23.zip');
    const zip = await JSZip.loadAsync(Buffer.from(downloaded.dataBase64, 'base64'));
    expect(zip.file('manifest.json')).not.toBeNull();
    expect(downloaded.job.state).toBe('downloaded');
    expect(listDisclosures(open, clientId).filter((entry) => entry.lawfulBasis === 'subject-access')).toEqual([
      expect.objectContaining({ recipient: 'Zofia Nowak (the client)', disclosedOn: '2026-11-23' }),
    ]);
    expect(getRequest(open, requestId)).toMatchObject({
      status: 'completed',
      completedOn: '2026-11-23',
      sentOn: '2026-11-23',
    });
    expect(() => downloadSubjectAccessBundle(open, started.id, contextAt(now))).toThrow(/already downloaded/);
    expect(() => startSubjectAccessJob(open, { requestId, on: '2026-11-24' })).toThrow(
      /already sent on 23 November 2026/,
    );
  });

  it('stops on Cancel, with nothing kept and nothing logged', async () => {
    const requestId = checkedRequest();
    const started = startSubjectAccessJob(open, { requestId, on: '2026-11-23' });
    cancelSubjectAccessJob(open, started.id);
    const job = await settled(started.id);
    expect(job.state).toBe('cancelled');
    expect(job.message).toContain('Nothing was saved');
    expect(() => downloadSubjectAccessBundle(open, started.id, contextAt(now))).toThrow(
      /no bundle to download|Cancelled/,
    );
    expect(listDisclosures(open, clientId).filter((entry) => entry.lawfulBasis === 'subject-access')).toEqual([]);
    expect(getRequest(open, requestId)).toMatchObject({ status: 'received', sentOn: null });
  });

  it('forgets a finished bundle when the vault locks', async () => {
    const started = startSubjectAccessJob(open, {
      requestId: checkedRequest(),
      password: 'send-this-separately-42',
      on: '2026-11-23',
    });
    expect((await settled(started.id)).state).toBe('finished');
    forgetSubjectAccessJobs();
    expect(() => downloadSubjectAccessBundle(open, started.id, contextAt(now))).toThrow(/no longer being built/);
  });

  it('gives the job the id it is given, and logs the download at the time it is given', async () => {
    const started = startSubjectAccessJob(
      open,
      { requestId: checkedRequest(), on: '2026-11-23' },
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['5a000000-0000-4000-8000-000000000002'] }),
    );
    expect(started.id).toBe('5a000000-0000-4000-8000-000000000002');
    expect((await settled('5a000000-0000-4000-8000-000000000002')).state).toBe('finished');
    downloadSubjectAccessBundle(open, started.id, fixedContext({ now: '2027-01-06T09:00:00Z' }));
    expect(
      open.sqlite
        .prepare(`SELECT created_at AS createdAt FROM disclosures WHERE lawful_basis = 'subject-access'`)
        .all(),
    ).toEqual([{ createdAt: '2027-01-06T09:00:00.000Z' }]);
  });

  it('refuses a short password before starting', () => {
    expect(() =>
      startSubjectAccessJob(open, { requestId: checkedRequest(), password: 'short', on: '2026-11-23' }),
    ).toThrow(/at least 12 characters/);
  });
});

describe('a bundle answers the request it was made for', () => {
  const readZip = async (zipBytes: Buffer, path: string) =>
    (await JSZip.loadAsync(zipBytes)).file(path)!.async('string');

  it('writes to a parent as a parent, about their child, signed with the adviser’s name and postal address', async () => {
    const html = await readZip(
      await buildSubjectAccessBundle(
        open,
        ownRequest({
          request: {
            requesterName: "Mrs O'Neill",
            relationship: 'parent-carer',
            requesterAddress: '3 Bridge Road\nBarry',
            receivedOn: '2026-11-20',
          },
        }),
      ),
      'cover-letter.html',
    );
    expect(html).toContain('Dear Mrs O&#39;Neill,');
    expect(html).not.toContain('Dear Zofia');
    expect(html).toContain('as Zofia’s parent or carer,');
    expect(html).toContain('the personal information I hold about Zofia Nowak');
    expect(html).toContain('20 November 2026');
    expect(html).toContain('12 High Street\nCardiff CF10 1AA');
    expect(html).toContain('Siân Evans');
    expect(html).not.toContain('Your careers adviser');
  });

  it('lists the categories held, derived from the records, and states the retention schedule in force', async () => {
    const letter = async () =>
      readZip(
        await buildSubjectAccessBundle(
          open,
          ownRequest({ retention: { ...defaultRetentionSchedule, clientYearsAfterLastContact: 3, sendUntilAge: 30 } }),
        ),
        'cover-letter.html',
      );
    const html = await letter();
    for (const category of [
      'Name and preferred name',
      'Date of birth',
      'Whether pupil premium is received',
      'Whether there is a risk of not being in education, employment or training (NEET)',
      'Guidance interviews',
      'Action plans',
      'Who your information was shared with',
    ]) {
      expect(html).toContain(category);
    }
    expect(html).not.toContain('Safeguarding concerns');
    expect(html).toContain('3 years after the last contact with the client');
    expect(html).toContain('until the client&#39;s 30th birthday');
    expect(html).not.toContain('Six years');
  });

  it('has a category for every column of every table that holds a person’s data, so the letter cannot fall behind the schema', () => {
    for (const { table } of [...clientDataTables, { table: 'disclosures' }]) {
      const columns = (
        open.sqlite.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]
      ).map((column) => column.name);
      expect(Object.keys(columnCategories[table] ?? {}).sort(), table).toEqual(columns.sort());
    }
  });

  it('uses the schedule in force in the service too: changing the schedule changes the letter', () => {
    const requestId = logRequest(
      open,
      { clientId, receivedOn: '2026-11-20', requesterName: 'Zofia Nowak', relationship: 'self' },
      contextAt(now),
    ).id;
    expect(previewSubjectAccessLetter(open, { requestId, on: '2026-11-23' })).toContain(
      '6 years after the last contact',
    );
    saveRetentionSchedule(open, { ...defaultRetentionSchedule, clientYearsAfterLastContact: 8 });
    expect(previewSubjectAccessLetter(open, { requestId, on: '2026-11-23' })).toContain(
      '8 years after the last contact',
    );
  });

  it('is refused until the identity check is recorded, and without the adviser’s name and address, pointing to Settings', () => {
    const requestId = logRequest(
      open,
      { clientId, receivedOn: '2026-11-20', requesterName: "Mrs O'Neill", relationship: 'parent-carer' },
      contextAt(now),
    ).id;
    expect(() => startSubjectAccessJob(open, { requestId, on: '2026-11-23' })).toThrow(
      "Record who checked the requester's identity, how and when, before the bundle is sent.",
    );
    expect(() => recordIdentityCheck(open, requestId, { ...identityCheck, checkedOn: '2026-11-19' })).toThrow(
      /cannot be before the request was received/,
    );
    expect(
      recordIdentityCheck(open, requestId, {
        checkedBy: 'Siân Evans',
        method: 'Passport seen at school',
        checkedOn: '2026-11-22',
      }),
    ).toMatchObject({
      isIdentityChecked: true,
      identityCheckedBy: 'Siân Evans',
      identityCheckMethod: 'Passport seen at school',
      identityCheckedOn: '2026-11-22',
    });
    savePracticeDetails(open, { businessName: '', address: '', icoRegistrationNumber: '', dataProtectionContact: '' });
    expect(() => startSubjectAccessJob(open, { requestId, on: '2026-11-23' })).toThrow(
      /needs your name and postal address\. Add your name in Settings/,
    );
  });
});

describe('the readable copy', () => {
  it('shows the Welsh the adviser wrote in a plan, beside the English and marked as Welsh', async () => {
    const plan = planForClient(open, clientId)!;
    startReview(open, plan.id, contextAt(now));
    const draft = getPlan(open, plan.id).draft;
    saveDraft(
      open,
      {
        planId: plan.id,
        content: {
          ...draft,
          goal: 'You want to be a paramedic.',
          goalCy: 'Rydych chi eisiau bod yn barafeddyg.',
          sections: draft.sections.map((section, index) =>
            index === 0 ? { ...section, body: 'You are in Year 11.', bodyCy: 'Rydych chi ym Mlwyddyn 11.' } : section,
          ),
        },
      },
      contextAt(now),
    );
    finalisePlan(open, { planId: plan.id }, contextAt(now));
    const html = await (
      await JSZip.loadAsync(await buildSubjectAccessBundle(open, ownRequest()))
    )
      .file('records.html')!
      .async('string');
    expect(html).toContain(
      '<div lang="cy"><p><strong>In Welsh:</strong></p><p>Rydych chi eisiau bod yn barafeddyg.</p></div>',
    );
    expect(html).toContain('Rydych chi ym Mlwyddyn 11.');
  });

  it('reads as records for a person: words, UK dates and stage order, with no ids or field names', async () => {
    saveNotes(open, interviewId, 2, 'Knows the A-level grades she needs', now);
    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, ownRequest()));
    const html = await zip.file('records.html')!.async('string');
    const data = JSON.parse(await zip.file('data.json')!.async('string'));
    expect(html).toContain('Records held about Zofia Nowak');
    expect(html).toContain('4 May 2009');
    expect(html).toContain('Interview on 23 November 2026 (OSKAR)');
    expect(html.indexOf('Zofia wants to train as a paramedic')).toBeLessThan(
      html.indexOf('Knows the A-level grades she needs'),
    );
    expect(html).toContain(
      'On 23 November 2026, you agreed verbally to: share plans with their tutor. Not agreed: share plans with a parent or carer;',
    );
    expect(html).toContain(
      'On 23 November 2026, Ms Patel (tutor) was given: Action plan (shared copy) (with consent).',
    );
    expect(html).toContain('Version 1, finalised');
    for (const internal of [
      'is_at_risk_of_neet',
      'has_pupil_premium',
      'client_id',
      'template_stages',
      clientId,
      interviewId,
      data.tables.action_plans[0].id,
      '{"',
      'null',
    ]) {
      expect(html, internal).not.toContain(internal);
    }
  });

  it('includes destinations, offers, activities and ratings, written out with their codes described and UK dates', async () => {
    recordIntendedDestination(
      open,
      {
        clientId,
        recordedOn: '2026-10-01',
        code: '230',
        provider: 'Cardiff and Vale College',
        course: 'Paramedic science access',
        level: '3',
        source: 'client',
        interviewId: null,
      },
      contextAt(now),
    );
    recordGuaranteeOffer(
      open,
      { clientId, yearGroup: 11, status: 'offer-made', provider: 'Cardiff and Vale College', recordedOn: '2026-11-02' },
      contextAt(now),
    );
    recordActivity(
      open,
      {
        clientId,
        code: '230',
        provider: 'Cardiff and Vale College',
        startsOn: '2026-09-07',
        verifiedOn: '2026-09-20',
        verifiedHow: 'Enrolment letter seen',
      },
      contextAt(now),
    );
    open.sqlite
      .prepare(
        "INSERT INTO competency_ratings (id, client_id, rated_on, framework, competency, scale, rating, source, created_at) VALUES ('rating-1', ?, '2026-10-01', 'cdi', 'explore-possibilities', 'levels-1-4', 2, 'self-assessment', ?)",
      )
      .run(clientId, now.toISOString());
    const zip = await JSZip.loadAsync(await buildSubjectAccessBundle(open, ownRequest()));
    const html = await zip.file('records.html')!.async('string');
    expect(html).toContain(
      '<h2>Intended destinations</h2><ul><li>1 October 2026: 230 Full-time education: further education, Cardiff and Vale College, Paramedic science access, level 3</li></ul>',
    );
    expect(html).toContain('2 November 2026: Offer made (Year 11 leaver), Cardiff and Vale College');
    expect(html).toContain(
      '230 Full-time education: further education, Cardiff and Vale College, from 7 September 2026; confirmed 20 September 2026 (Enrolment letter seen)',
    );
    expect(html).toContain('1 October 2026: Explore possibilities, 2 (out of 4)');
    // The letter's list of categories names them too.
    expect(await zip.file('cover-letter.html')!.async('string')).toContain(
      'Offers of a place in education or training after Year 11 or Year 12 (the September Guarantee)',
    );
  });

  it('withholds safeguarding records until the adviser releases them', async () => {
    open.sqlite
      .prepare(
        `INSERT INTO safeguarding_concerns (id, client_id, raised_on, what_happened, reported_to, reported_at, reference, created_at, updated_at) VALUES ('s1', ?, '2026-11-10', 'Said an uncle shouts at her', 'Mr Hughes (DSL)', '2026-11-10', 'SG-14', ?, ?)`,
      )
      .run(clientId, now.toISOString(), now.toISOString());
    const withheld = await JSZip.loadAsync(await buildSubjectAccessBundle(open, ownRequest()));
    for (const path of Object.keys(withheld.files).filter((name) => !withheld.files[name]?.dir)) {
      expect(await withheld.file(path)!.async('string'), path).not.toContain('uncle');
    }
    expect(await withheld.file('cover-letter.html')!.async('string')).toContain(
      'Safeguarding record of 10 November 2026: Safeguarding record, withheld until the adviser has reviewed',
    );
    const released = await JSZip.loadAsync(
      await buildSubjectAccessBundle(open, ownRequest({ isSafeguardingReleased: true })),
    );
    expect(await released.file('records.html')!.async('string')).toContain('Said an uncle shouts at her');
  });
});
