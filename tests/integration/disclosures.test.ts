// The disclosure log: append-only (the database refuses edits and deletes),
// and the practice's whole log through its channel, filtered by text and
// dates, naming an erased person as such.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextAt, fixedContext } from '../../main/services/context';
import { listDisclosures, logDisclosure } from '../../main/services/disclosures';
import { eraseClient } from '../../main/services/erasure';
import type { OpenVault, Vault } from '../../main/vault';
import { rollVaultWithCaller, type ChannelCaller } from '../support/channel-caller';
import { discardVault } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');
const roll = 'Surname,Forename,DOB\nAdams,Amy,01/01/2002\nBrown,Ben,01/01/2002\nClark,Cara,29/02/2000\n';

let vault: Vault;
let open: OpenVault;
let clientIdOf: (surname: string) => string;
let call: ChannelCaller;

beforeEach(async () => ({ vault, open, clientIdOf, call } = await rollVaultWithCaller(roll, now)));
afterEach(() => discardVault(vault));

describe('the disclosure log', () => {
  it('is append-only: the database refuses edits and deletes', () => {
    logDisclosure(
      open,
      {
        clientId: clientIdOf('Adams'),
        recipient: 'Tutor',
        what: 'Action plan (shared copy)',
        lawfulBasis: 'consent',
        disclosedOn: '2026-11-23',
      },
      contextAt(now),
    );
    expect(() => open.sqlite.prepare(`UPDATE disclosures SET recipient = 'Someone else'`).run()).toThrow(
      /cannot be edited/,
    );
    expect(() => open.sqlite.prepare('DELETE FROM disclosures').run()).toThrow(/cannot be deleted/);
    expect(listDisclosures(open, clientIdOf('Adams'))).toMatchObject([
      { recipient: 'Tutor', what: 'Action plan (shared copy)' },
    ]);
  });
});

describe('the practice’s disclosure log', () => {
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

describe('the clock a disclosure is given', () => {
  it('records the frozen time', () => {
    logDisclosure(
      open,
      {
        clientId: clientIdOf('Adams'),
        recipient: 'Her tutor',
        what: 'Her action plan',
        lawfulBasis: 'consent',
        disclosedOn: '2027-01-05',
      },
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: [] }),
    );
    expect(open.sqlite.prepare('SELECT created_at AS createdAt FROM disclosures').all()).toEqual([
      { createdAt: '2027-01-05T14:30:00.000Z' },
    ]);
  });
});
