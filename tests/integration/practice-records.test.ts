// The practice's data-protection page through its channels: the whole request
// register, the disclosure and audit logs, the retention review against a
// hand-computed fixture, keeping with a reason, and the adviser's documents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createDispatcher } from '../../main/api/dispatcher';
import { createHandlers } from '../../main/api/handlers';
import { logDisclosure, logRequest, setRequestStatus } from '../../main/services/data-protection';
import { eraseClient } from '../../main/services/erasure';
import { startInterview } from '../../main/services/interviews';
import { importRoll } from '../../main/services/roll-import';
import { keepClient, retentionReview } from '../../main/services/retention';
import { updateSettings } from '../../main/services/settings';
import type { OpenVault, Vault } from '../../main/vault';
import { readDocx } from '../support/docx';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { fixedContext } from '../../main/services/context';
import { contextAt } from '../../main/services/context';

// The roll was imported on 1 June 2018 and the review is on 23 November 2026.
const importedAt = new Date('2018-06-01T10:00:00Z');
const reviewOn = '2026-11-23';
const roll = [
  'Surname,Forename,DOB,SEN',
  // No SEND, last contact the import: 1 June 2018 + 6 years = 1 June 2024 -> past.
  'Adams,Amy,01/01/2002,N',
  // SEND: 25th birthday 1 January 2027 is later than 1 June 2024 -> not yet.
  'Brown,Ben,01/01/2002,K',
  // SEND, born 29 February 2000: 25th birthday 1 March 2025 -> past.
  'Clark,Cara,29/02/2000,E',
  // Interviewed on 10 March 2021 -> 10 March 2027 -> not yet.
  'Davis,Dan,01/01/2002,N',
  // Interviewed on 23 November 2020 -> ends on the review day itself -> past.
  'Evans,Eve,01/01/2002,N',
  // Interviewed on 24 November 2020 -> ends the day after -> not yet.
  'Ford,Finn,01/01/2002,N',
].join('\n');

let vault: Vault;
let open: OpenVault;
let clientIdOf: (surname: string) => string;
let call: <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

beforeEach(async () => {
  const made = await makeVaultWithRoll(roll, importedAt);
  ({ vault, open, clientIdOf } = made);
  // Another school's pupil whose record changed on 1 January 2022 -> 2028 -> not yet.
  importRoll(
    open,
    {
      organisationName: 'Southfield College',
      csv: 'Surname,Forename,DOB,SEN\nGreen,Gus,01/01/2002,N\n',
      isDryRun: false,
    },
    contextAt(new Date('2022-01-01T10:00:00Z')),
  );
  startInterview(
    open,
    { clientId: clientIdOf('Davis'), templateId: 'grow', heldOn: '2021-03-10' },
    contextAt(importedAt),
  );
  startInterview(
    open,
    { clientId: clientIdOf('Evans'), templateId: 'grow', heldOn: '2019-05-05' },
    contextAt(importedAt),
  );
  startInterview(
    open,
    { clientId: clientIdOf('Evans'), templateId: 'grow', heldOn: '2020-11-23' },
    contextAt(importedAt),
  );
  startInterview(
    open,
    { clientId: clientIdOf('Ford'), templateId: 'grow', heldOn: '2020-11-24' },
    contextAt(importedAt),
  );
  const dispatch = createDispatcher({
    handlers: createHandlers({
      vault: () => vault,
      onSettingsChanged: () => undefined,
      openDemo: () => Promise.resolve({ clients: 0 }),
      isDemoOffered: false,
    }),
    isUnlocked: () => vault.state() === 'unlocked',
  });
  call = async (channel, input) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<typeof channel>;
  };
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

describe('the request register', () => {
  it('lists every request, open and closed, newest first, with the client’s name', async () => {
    const older = logRequest(open, {
      clientId: clientIdOf('Adams'),
      receivedOn: '2026-09-01',
      requesterName: 'Amy Adams',
      relationship: 'self',
      identityCheck: { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: '2026-09-01' },
    });
    logRequest(open, {
      clientId: clientIdOf('Brown'),
      receivedOn: '2026-11-02',
      requesterName: 'Mrs Brown',
      relationship: 'parent-carer',
    });
    setRequestStatus(open, { id: older.id, status: 'completed', on: '2026-09-20' });

    const register = await call('requests.all', {});
    expect(register.map((entry) => [entry.clientName, entry.receivedOn, entry.dueOn, entry.status])).toEqual([
      ['Ben Brown', '2026-11-02', '2026-12-02', 'received'],
      ['Amy Adams', '2026-09-01', '2026-10-01', 'completed'],
    ]);
    expect(register[1]?.completedOn).toBe('2026-09-20');
    // The home screen's list of open requests leaves the completed one out; the register does not.
    expect(await call('requests.open', {})).toHaveLength(1);
  });
});

describe('the disclosure log', () => {
  it('filters by text and date range, and names an erased person as such', async () => {
    logDisclosure(open, {
      clientId: clientIdOf('Adams'),
      recipient: 'Ms Patel (tutor)',
      what: 'Action plan (shared copy)',
      lawfulBasis: 'consent',
      disclosedOn: '2026-10-01',
    });
    logDisclosure(open, {
      clientId: clientIdOf('Brown'),
      recipient: 'Local authority',
      what: 'Intended destination',
      lawfulBasis: 'consent',
      disclosedOn: '2026-11-01',
    });
    logDisclosure(open, {
      clientId: clientIdOf('Clark'),
      recipient: 'Cara Clark',
      what: 'Subject-access bundle',
      lawfulBasis: 'subject-access',
      disclosedOn: '2026-11-10',
    });
    eraseClient(open, clientIdOf('Clark'), 'Request under Article 17');

    const all = await call('disclosures.practice', { offset: 0, limit: 50 });
    expect(all.total).toBe(3);
    expect(all.entries.map((entry) => [entry.disclosedOn, entry.clientName, entry.isAnonymised])).toEqual([
      ['2026-11-10', null, true],
      ['2026-11-01', 'Ben Brown', false],
      ['2026-10-01', 'Amy Adams', false],
    ]);
    expect(
      (await call('disclosures.practice', { text: 'patel', offset: 0, limit: 50 })).entries.map(
        (entry) => entry.recipient,
      ),
    ).toEqual(['Ms Patel (tutor)']);
    expect(
      (await call('disclosures.practice', { text: 'ben brown', offset: 0, limit: 50 })).entries.map(
        (entry) => entry.recipient,
      ),
    ).toEqual(['Local authority']);
    const october = await call('disclosures.practice', { from: '2026-10-01', to: '2026-10-31', offset: 0, limit: 50 });
    expect(october.entries.map((entry) => entry.recipient)).toEqual(['Ms Patel (tutor)']);
    expect((await call('disclosures.practice', { text: '100%', offset: 0, limit: 50 })).total).toBe(0);
  });
});

describe('the audit log', () => {
  it('pages newest first and shows an erasure as a tombstone without the person', async () => {
    const report = eraseClient(
      open,
      clientIdOf('Adams'),
      'Past retention period for Amy Adams',
      new Date('2026-11-23T11:00:00Z'),
    );
    const firstPage = await call('audit.list', { offset: 0, limit: 1 });
    expect(firstPage.total).toBeGreaterThanOrEqual(1);
    expect(firstPage.events).toMatchObject([
      {
        id: expect.any(Number),
        occurredAt: '2026-11-23T11:00:00.000Z',
        action: 'client.erased',
        detail: {
          tombstone: report.tombstone,
          erasedOn: '2026-11-23',
          reason: 'Past retention period for [erased] [erased]',
        },
      },
    ]);
    expect(JSON.stringify(firstPage)).not.toMatch(/Adams|Amy/);
  });
});

describe('the retention review', () => {
  it('lists exactly the clients past retention, longest past first', async () => {
    const review = await call('retention.review', { on: reviewOn, offset: 0, limit: 50 });
    expect(review.clients.map((client) => [client.name, client.endsOn, client.rule])).toEqual([
      ['Amy Adams', '2024-06-01', 'years-after-last-contact'],
      ['Cara Clark', '2025-03-01', 'send-birthday'],
      ['Eve Evans', '2026-11-23', 'years-after-last-contact'],
    ]);
    expect(review.total).toBe(3);
    expect(review.clients.find((client) => client.name === 'Eve Evans')?.lastContactOn).toBe('2020-11-23');
  });

  it('follows the schedule the adviser saved', async () => {
    await call('retention.saveSchedule', {
      clientYearsAfterLastContact: 8,
      sendUntilAge: 25,
      disclosureLogYears: 6,
      auditLogYears: 6,
    });
    expect(await call('retention.schedule', {})).toMatchObject({ clientYearsAfterLastContact: 8 });
    // 1 June 2018 + 8 = 2026-06-01 (Adams); Clark's 25th birthday is now earlier than 2026-06-01, so 8 years applies too.
    const review = await call('retention.review', { on: reviewOn, offset: 0, limit: 50 });
    expect(review.clients.map((client) => [client.name, client.endsOn])).toEqual([
      ['Amy Adams', '2026-06-01'],
      ['Cara Clark', '2026-06-01'],
    ]);
  });

  it('refuses a schedule outside sensible bounds', async () => {
    await expect(
      call('retention.saveSchedule', {
        clientYearsAfterLastContact: 0,
        sendUntilAge: 25,
        disclosureLogYears: 6,
        auditLogYears: 6,
      }),
    ).rejects.toThrow(/VALIDATION: .*at least 1/);
  });

  it('hides a client kept with a reason until the review date, then shows them again with that reason', async () => {
    const kept = await call('retention.keep', {
      clientId: clientIdOf('Adams'),
      reason: 'Safeguarding concern still open',
      reviewOn: '2027-05-01',
      on: reviewOn,
    });
    expect(kept).toMatchObject({ name: 'Amy Adams', decidedOn: reviewOn, reviewOn: '2027-05-01' });
    expect(
      (await call('retention.review', { on: reviewOn, offset: 0, limit: 50 })).clients.map((client) => client.name),
    ).toEqual(['Cara Clark', 'Eve Evans']);
    expect(
      (await call('retention.review', { on: '2027-04-30', offset: 0, limit: 50 })).clients.map((client) => client.name),
    ).not.toContain('Amy Adams');
    expect(await call('retention.kept', { on: reviewOn })).toEqual([
      {
        clientId: clientIdOf('Adams'),
        name: 'Amy Adams',
        reason: 'Safeguarding concern still open',
        decidedOn: reviewOn,
        reviewOn: '2027-05-01',
      },
    ]);

    const back = await call('retention.review', { on: '2027-05-01', offset: 0, limit: 50 });
    expect(back.clients.find((client) => client.name === 'Amy Adams')?.lastKeptReason).toBe(
      'Safeguarding concern still open',
    );
    expect(await call('retention.kept', { on: '2027-05-01' })).toEqual([]);
  });

  it('refuses to keep without a reason or with a review date that is not in the future', async () => {
    await expect(
      call('retention.keep', { clientId: clientIdOf('Adams'), reason: '   ', reviewOn: '2027-05-01', on: reviewOn }),
    ).rejects.toThrow(/VALIDATION: .*Say why the records are being kept/);
    await expect(
      call('retention.keep', { clientId: clientIdOf('Adams'), reason: 'Open complaint', reviewOn, on: reviewOn }),
    ).rejects.toThrow(/VALIDATION: .*after today/);
  });

  it('erases only through the erasure service, and the keep decision goes with the client', async () => {
    keepClient(open, {
      clientId: clientIdOf('Clark'),
      reason: 'Awaiting a reply',
      reviewOn: '2027-01-01',
      on: reviewOn,
    });
    await call('erasure.eraseClient', { clientId: clientIdOf('Clark'), reason: 'Past retention period' });
    expect(retentionReview(open, '2027-01-02', { offset: 0, limit: 50 }).clients.map((client) => client.name)).toEqual([
      'Amy Adams',
      'Eve Evans',
      'Finn Ford',
      'Ben Brown',
    ]);
    expect(
      (open.sqlite.prepare('SELECT count(*) AS total FROM retention_decisions').get() as { total: number }).total,
    ).toBe(0);
  });

  it('pages the list', async () => {
    const second = await call('retention.review', { on: reviewOn, offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, clients: [{ name: 'Cara Clark' }] });
  });
});

describe('the documents', () => {
  it('put the adviser’s details, the retention periods and the ICO complaint information into the privacy notice and the record of processing', async () => {
    updateSettings(open.db, { adviserName: 'Rhiannon Ellis' });
    const saved = await call('practice.saveDetails', {
      businessName: 'Ellis Careers Guidance Ltd',
      address: '12 Chapel Street\nLlandeilo\nSA19 6BT',
      icoRegistrationNumber: 'za123456',
      dataProtectionContact: 'Rhiannon Ellis, privacy@elliscareers.example',
    });
    expect(saved.icoRegistrationNumber).toBe('ZA123456');
    expect(await call('practice.details', {})).toEqual(saved);
    await call('retention.saveSchedule', {
      clientYearsAfterLastContact: 7,
      sendUntilAge: 25,
      disclosureLogYears: 10,
      auditLogYears: 3,
    });
    logDisclosure(open, {
      clientId: clientIdOf('Brown'),
      recipient: 'Carmarthenshire County Council',
      what: 'Intended destination',
      lawfulBasis: 'consent',
      disclosedOn: '2026-11-01',
    });
    // A bundle sent to the person themselves: they are not a recipient to publish.
    logDisclosure(open, {
      clientId: clientIdOf('Adams'),
      recipient: 'Amy Adams',
      what: 'Subject-access bundle (all records)',
      lawfulBasis: 'subject-access',
      disclosedOn: '2026-11-02',
    });

    for (const document of ['privacy-notice', 'record-of-processing'] as const) {
      const exported = await call('practice.document', { document });
      expect(exported.fileName).toMatch(
        document === 'privacy-notice'
          ? /^Privacy notice \(draft\) - \d{4}-\d{2}-\d{2}\.docx$/
          : /^Record of processing - \d{4}-\d{2}-\d{2}\.docx$/,
      );
      const docx = await readDocx(Buffer.from(exported.dataBase64, 'base64'));
      for (const expected of [
        'Ellis Careers Guidance Ltd',
        'Llandeilo',
        'ZA123456',
        'privacy@elliscareers.example',
        '7 years after the last contact with the client',
        "Until the client's 25th birthday, or 7 years after the last contact if that is later",
        '10 years after the disclosure',
        '3 years after the event',
        'Carmarthenshire County Council',
        'Information Commissioner’s Office',
        '0303 123 1113',
        'https://ico.org.uk/make-a-complaint/',
        'Consent (UK GDPR Article 6(1)(a))',
      ]) {
        expect(docx.text, `${document}: ${expected}`).toContain(expected);
      }
      expect(docx.paragraphs.some((paragraph) => paragraph.style === 'Heading1')).toBe(true);
      // No client's name, even one the log names as the recipient of their own records.
      expect(docx.text).not.toMatch(/Ben Brown|Amy Adams/);
    }
  });

  it('say plainly what is missing before the details are given', async () => {
    const exported = await call('practice.document', { document: 'privacy-notice' });
    const docx = await readDocx(Buffer.from(exported.dataBase64, 'base64'));
    expect(docx.text).toContain('ICO registration number: [not given yet');
    expect(docx.text).toContain('6 years after the last contact with the client');
  });

  it('refuses an ICO number that is not one', async () => {
    await expect(
      call('practice.saveDetails', {
        businessName: '',
        address: '',
        icoRegistrationNumber: 'not a number!',
        dataProtectionContact: '',
      }),
    ).rejects.toThrow(/VALIDATION: .*An ICO registration number is 6 to 12/);
  });
});

describe('the clock and ids a keep decision is given', () => {
  it('decides on the frozen day, under the id handed out, when no day is given', () => {
    const kept = keepClient(
      open,
      { clientId: clientIdOf('Clark'), reason: 'Awaiting a reply', reviewOn: '2027-01-01' },
      fixedContext({ now: '2026-11-23T23:30:00Z', ids: ['4e000000-0000-4000-8000-000000000001'] }),
    );
    // 23:30 UTC on 23 November is still 23 November in London (GMT).
    expect(kept.decidedOn).toBe('2026-11-23');
    expect(open.sqlite.prepare('SELECT id, created_at AS createdAt FROM retention_decisions').all()).toEqual([
      { id: '4e000000-0000-4000-8000-000000000001', createdAt: '2026-11-23T23:30:00.000Z' },
    ]);
  });
});
