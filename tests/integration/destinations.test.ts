// A young person's destinations: intended destinations, September Guarantee
// offers and actual activities, each kept as a dated history on the client,
// checked against their date of birth and today, and coded from the list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destinationsChannels } from '../../shared/contract/destinations';
import { startInterview } from '../../main/services/interviews';
import {
  destinationsForClient,
  recordActivity,
  recordGuaranteeOffer,
  recordIntendedDestination,
  removeDestinationEntry,
  setLeftSchool,
} from '../../main/services/destinations';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll("Surname,Forename,DOB,Year\nO'Neill,Siân,04/05/2010,11\n", now);
  ({ vault, open } = made);
  clientId = made.clientIdOf("O'Neill");
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const intended = (overrides: Record<string, unknown> = {}) =>
  destinationsChannels['destinations.recordIntended'].input.parse({
    clientId,
    recordedOn: '2026-11-20',
    code: '230',
    provider: 'Leeds City College',
    course: 'Art and design',
    level: '3',
    source: 'client',
    ...overrides,
  });

describe('a client’s destinations', () => {
  it('keeps each intended destination as a dated entry, newest first, described from the code list', () => {
    recordIntendedDestination(
      open,
      intended({ recordedOn: '2026-10-01', code: '210', provider: 'Northfield sixth form', course: 'A levels' }),
      contextAt(now),
    );
    const destinations = recordIntendedDestination(open, intended(), contextAt(now));
    expect(destinations.intended.map((entry) => [entry.recordedOn, entry.description, entry.provider])).toEqual([
      ['2026-11-20', '230 Full-time education: further education', 'Leeds City College'],
      ['2026-10-01', '210 Full-time education: school sixth form', 'Northfield sixth form'],
    ]);
    expect(destinations.intended[0]).toMatchObject({
      codeListVersion: '2025-26',
      source: 'client',
      course: 'Art and design',
      level: '3',
    });
  });

  it('refuses a code that is not in the list, in plain words', () => {
    const parsed = destinationsChannels['destinations.recordIntended'].input.safeParse({
      clientId,
      recordedOn: '2026-11-20',
      code: '999',
      provider: '',
      course: '',
      level: '',
      source: 'client',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'Choose an activity from the list: that code is not one the local authority uses.',
    );
  });

  it('refuses a date before they were born or in the future, writing nothing', () => {
    expect(() => recordIntendedDestination(open, intended({ recordedOn: '2009-01-01' }), contextAt(now))).toThrow(
      'The date recorded is before their date of birth. Check the date.',
    );
    expect(() =>
      recordGuaranteeOffer(
        open,
        { clientId, yearGroup: 11, status: 'offer-made', provider: 'Leeds City College', recordedOn: '2026-12-25' },
        contextAt(now),
      ),
    ).toThrow('The date of the offer is in the future. Record it on or after the day it happens.');
    expect(destinationsForClient(open, { clientId })).toMatchObject({ intended: [], offers: [] });
  });

  it('records the September Guarantee offer and the activity, where a start may be ahead but a confirmation may not', () => {
    recordGuaranteeOffer(
      open,
      { clientId, yearGroup: 11, status: 'offer-made', provider: 'Leeds City College', recordedOn: '2026-09-25' },
      contextAt(now),
    );
    const withActivity = recordActivity(
      open,
      { clientId, code: '310', provider: 'Yorkshire Water', startsOn: '2027-01-04', verifiedOn: null, verifiedHow: '' },
      contextAt(now),
    );
    expect(withActivity.offers).toEqual([
      expect.objectContaining({ yearGroup: 11, status: 'offer-made', provider: 'Leeds City College' }),
    ]);
    expect(withActivity.activities).toEqual([
      expect.objectContaining({ description: '310 Apprenticeship', startsOn: '2027-01-04', verifiedOn: null }),
    ]);
    expect(() =>
      recordActivity(
        open,
        {
          clientId,
          code: '310',
          provider: 'Yorkshire Water',
          startsOn: '2026-09-01',
          verifiedOn: '2026-12-01',
          verifiedHow: 'Phoned the employer',
        },
        contextAt(now),
      ),
    ).toThrow('The date it was confirmed is in the future.');
  });

  it('shows what interviews wrote as free text before destinations were coded, and ties a coded one to its interview', () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-02' }, contextAt(now));
    // As an interview held before destinations were coded left it: free text only.
    open.sqlite
      .prepare('UPDATE interviews SET intended_destination = ? WHERE id = ?')
      .run('College, maybe art', interview.id);
    const destinations = recordIntendedDestination(open, intended({ interviewId: interview.id }), contextAt(now));
    expect(destinations.writtenAtInterviews).toEqual([
      { interviewId: interview.id, heldOn: '2026-11-02', text: 'College, maybe art' },
    ]);
    expect(destinations.intended[0]?.interviewId).toBe(interview.id);
  });

  it('takes out an entry recorded in error, and only on this client', () => {
    const entry = recordIntendedDestination(open, intended(), contextAt(now)).intended[0];
    expect(() =>
      removeDestinationEntry(open, { clientId: 'someone-else', kind: 'intended', id: entry?.id ?? '' }),
    ).toThrow(/not on this client/);
    expect(removeDestinationEntry(open, { clientId, kind: 'intended', id: entry?.id ?? '' }).intended).toEqual([]);
  });

  it('marks a leaver with the year they left, keeping their record, and refuses a year not yet begun', () => {
    recordIntendedDestination(open, intended(), contextAt(now));
    expect(setLeftSchool(open, { clientId, leftInYear: 2026 }, contextAt(now))).toMatchObject({
      leftInYear: 2026,
      intended: [expect.objectContaining({ code: '230' })],
    });
    expect(() => setLeftSchool(open, { clientId, leftInYear: 2027 }, contextAt(now))).toThrow(
      'They cannot have left in 2027: that year has not started.',
    );
    expect(setLeftSchool(open, { clientId, leftInYear: null }, contextAt(now)).leftInYear).toBeNull();
    // In the spring the calendar year has turned but the academic year has not.
    expect(() =>
      setLeftSchool(open, { clientId, leftInYear: 2027 }, contextAt(new Date('2027-03-01T10:00:00Z'))),
    ).toThrow('They cannot have left in 2027: that year has not started.');
  });
});

describe('the clock and ids a destination is given', () => {
  it('keeps an entry under the id handed out, made at the frozen time, and checks its date against the frozen day', () => {
    const frozen = fixedContext({ now: '2026-11-20T09:00:00Z', ids: ['de000000-0000-4000-8000-000000000001'] });
    const destinations = recordIntendedDestination(open, intended(), frozen);
    expect(destinations.intended).toHaveLength(1);
    expect(open.sqlite.prepare('SELECT id, created_at AS createdAt FROM intended_destinations').all()).toEqual([
      { id: 'de000000-0000-4000-8000-000000000001', createdAt: '2026-11-20T09:00:00.000Z' },
    ]);
    // The next day is in the future by the frozen clock, whatever today really is.
    expect(() => recordIntendedDestination(open, intended({ recordedOn: '2026-11-21' }), frozen)).toThrow(/future/);
  });
});
