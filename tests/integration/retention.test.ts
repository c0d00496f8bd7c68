// Retention through its channels: the review against a hand-computed fixture,
// the schedule the adviser saves, keeping a client with a reason until a
// review date, and erasure taking the keep decision with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startInterview } from '../../main/services/interviews';
import { importRoll } from '../../main/services/roll-import';
import { keepClient, retentionReview } from '../../main/services/retention';
import type { OpenVault, Vault } from '../../main/vault';
import { channelCaller, type ChannelCaller } from '../support/channel-caller';
import { discardVault, makeVaultWithRoll } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

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
let call: ChannelCaller;

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
  call = channelCaller(vault);
});
afterEach(() => discardVault(vault));

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
