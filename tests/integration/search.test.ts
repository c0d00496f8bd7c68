// Searching the caseload, with and without accents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchCaseload } from '../../main/services/search';
import { importRoll } from '../../main/services/roll-import';
import { saveNotes, startInterview } from '../../main/services/interviews';
import type { OpenVault, Vault } from '../../main/vault';
import { allClients, simsRoll } from '../support/sims-roll';
import { discardVault, makeUnlockedVault } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');

let vault: Vault;
let open: OpenVault;
beforeEach(async () => ({ vault, open } = await makeUnlockedVault()));
afterEach(() => discardVault(vault));

describe('search', () => {
  beforeEach(() =>
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now)),
  );

  it('finds names with and without their accents, by any part typed so far', () => {
    expect(searchCaseload(open, 'sian', 10).map((result) => result.title)).toEqual(["Siân O'Neill"]);
    expect(searchCaseload(open, 'Siân', 10).map((result) => result.title)).toEqual(["Siân O'Neill"]);
    expect(searchCaseload(open, 'lukasz', 10)[0]?.title).toBe('Łukasz (Luke) Wiśniewski');
    expect(searchCaseload(open, 'wisn', 10)[0]?.title).toBe('Łukasz (Luke) Wiśniewski');
    expect(searchCaseload(open, 'luke', 10)[0]?.title).toBe('Łukasz (Luke) Wiśniewski');
    expect(searchCaseload(open, "o'neill", 10)[0]?.title).toBe("Siân O'Neill");
    expect(searchCaseload(open, 'مريم', 10)[0]?.title).toBe('مريم حسن');
  });

  it('treats one or two letters as the start of a name: people and organisations only, notes from three letters', () => {
    const sian = allClients(open).find((client) => client.forename === 'Siân');
    if (!sian) throw new Error('fixture missing');
    // Notes that start a word with "si" and "sie" but belong to someone else's interview record.
    const other = allClients(open).find((client) => client.forename !== 'Siân');
    if (!other) throw new Error('fixture missing');
    const interview = startInterview(
      open,
      { clientId: other.id, templateId: 'grow', heldOn: '2026-11-20' },
      contextAt(now),
    );
    saveNotes(open, interview.id, 0, 'Sieve of options: sixth form or apprenticeship', now);

    const twoLetters = searchCaseload(open, 'si', 10);
    expect(twoLetters.map((result) => result.title)).toContain("Siân O'Neill");
    expect(twoLetters.some((result) => result.detail.startsWith('Interview notes'))).toBe(false);
    expect(searchCaseload(open, 'sie', 10).some((result) => result.detail.startsWith('Interview notes'))).toBe(true);
  });

  it('finds pupils by UPN and organisations by name, and treats query syntax as plain text', () => {
    expect(searchCaseload(open, 'B1234567', 10)[0]?.detail).toContain('B123456789012');
    expect(searchCaseload(open, 'northfield', 10).map((result) => result.kind)).toContain('organisation');
    expect(searchCaseload(open, '"DROP TABLE" clients*', 10).map((result) => result.title)).toEqual([
      "Bobby Robert'); DROP TABLE clients;--",
    ]);
    expect(searchCaseload(open, '', 10)).toEqual([]);
  });
});
