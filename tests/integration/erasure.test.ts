// Erasure: every trace of the client goes, from every table and from the vault
// files themselves, leaving only a tombstone without personal data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymisedTables, eraseClient, clientDataTables } from '../../main/services/erasure';
import { listDisclosures, logDisclosure } from '../../main/services/disclosures';
import { logRequest } from '../../main/services/subject-access';
import { recordConsent } from '../../main/services/consent';
import { addAction, addAttachment, saveNotes, startInterview } from '../../main/services/interviews';
import { createPlan, finalisePlan, saveDraft } from '../../main/services/plans';
import { searchCaseload } from '../../main/services/search';
import type { OpenVault, Vault } from '../../main/vault';
import { decryptedVaultContains, filesContaining, makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll(
    'UPN,Surname,Forename,DOB\nQ123456789012,Zyxwvuts-Canary,Mairéad,01/01/2010\nJ111111111111,Jones,Cerys,02/02/2010\n',
    now,
  );
  ({ vault, open } = made);
  clientId = made.clientIdOf('Zyxwvuts-Canary');
  const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
  saveNotes(open, interview.id, 0, 'Mairéad hopes to study Quokkanomics at university', now);
  addAction(open, interview.id, { text: 'Email the Quokkanomics tutor', owner: 'Client', dueOn: null }, contextAt(now));
  addAttachment(
    open,
    {
      interviewId: interview.id,
      fileName: 'board.png',
      dataBase64: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from('PIXELS-OF-MAIREAD'),
      ]).toString('base64'),
    },
    contextAt(now),
  );
  const plan = createPlan(
    open,
    { clientId, sectionSet: 'now-want-how', fromInterviewId: interview.id },
    contextAt(now),
  );
  saveDraft(
    open,
    { planId: plan.id, content: { ...plan.draft, goal: 'You want a Quokkanomics degree' } },
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
          includeInDestinationReturns: true,
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
      recipient: 'Tutor',
      what: 'Shared copy of Zyxwvuts-Canary action plan',
      lawfulBasis: 'consent',
      disclosedOn: '2026-11-23',
    },
    contextAt(now),
  );
  logDisclosure(
    open,
    {
      clientId,
      recipient: 'Mrs Zyxwvuts-Canary (parent)',
      what: 'Shared copy of the action plan',
      lawfulBasis: 'consent',
      disclosedOn: '2026-11-23',
    },
    contextAt(now),
  );
  logDisclosure(
    open,
    {
      clientId,
      recipient: 'Mairéad herself',
      what: 'Subject-access bundle',
      lawfulBasis: 'subject-access',
      disclosedOn: '2026-11-23',
    },
    contextAt(now),
  );
  logRequest(
    open,
    {
      clientId,
      receivedOn: '2026-11-20',
      requesterName: 'Mairéad Zyxwvuts-Canary',
      relationship: 'self',
      identityCheck: { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: '2026-11-20' },
    },
    contextAt(now),
  );
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

describe('erasing a client', () => {
  it('covers every table that holds client data (derived from the schema, so a new table cannot be forgotten)', () => {
    const tables = (
      open.sqlite
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT LIKE 'name_index%'`,
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    const holdingClientData = tables.filter((table) => {
      const columns = (
        open.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]
      ).map((column) => column.name);
      return table === 'clients' || columns.some((column) => ['client_id', 'interview_id', 'plan_id'].includes(column));
    });
    expect([...clientDataTables.map((entry) => entry.table), ...anonymisedTables].sort()).toEqual(
      holdingClientData.sort(),
    );
  });

  it('removes every row, search entry and attachment, and leaves no trace in the vault files', () => {
    const report = eraseClient(open, clientId, 'Request under Article 17 from Mairéad Zyxwvuts-Canary', now);
    expect(report.rowsErased).toBeGreaterThan(8);
    for (const { table } of clientDataTables) {
      const remaining = open.sqlite
        .prepare(
          `SELECT count(*) AS total FROM ${table} WHERE ${clientDataTables.find((entry) => entry.table === table)?.where}`,
        )
        .get({ clientId }) as { total: number };
      expect(remaining.total, table).toBe(0);
    }
    const anonymised = { clientId: null, isAnonymised: true, what: 'Records about a person since erased' };
    expect(listDisclosures(open)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...anonymised, recipient: 'Tutor' }),
        expect.objectContaining({ ...anonymised, recipient: 'Mrs [erased] (parent)' }),
        expect.objectContaining({ ...anonymised, recipient: 'The person or someone acting for them' }),
      ]),
    );
    expect(listDisclosures(open)).toHaveLength(3);
    expect(searchCaseload(open, 'quokkanomics', 10)).toEqual([]);
    expect(searchCaseload(open, 'mairead', 10)).toEqual([]);
    expect(searchCaseload(open, 'cerys', 10)).toHaveLength(1);
    for (const canary of [
      'Zyxwvuts-Canary',
      'Quokkanomics',
      'PIXELS-OF-MAIREAD',
      'Q123456789012',
      'quokkanomics',
      'zyxwvuts',
    ]) {
      expect(filesContaining(vault.files.directory, canary), canary).toEqual([]);
      // Even decrypted, page by page, nothing of them is left: deleted is really gone.
      expect(decryptedVaultContains(vault.files.database, vault.dataKey(), canary), canary).toBe(false);
    }
    expect(decryptedVaultContains(vault.files.database, vault.dataKey(), 'Cerys')).toBe(true);
  });

  it('leaves a tombstone with a random id, the date and the reason, but no name', () => {
    const report = eraseClient(open, clientId, 'Request under Article 17 from Mairéad Zyxwvuts-Canary', now);
    const events = open.sqlite.prepare(`SELECT detail FROM audit_events WHERE action = 'client.erased'`).all() as {
      detail: string;
    }[];
    // subject: a keyed hash of the client id, so restoring an older backup can erase them again.
    expect(events.map((event) => JSON.parse(event.detail))).toEqual([
      {
        tombstone: report.tombstone,
        erasedOn: '2026-11-23',
        reason: 'Request under Article 17 from [erased] [erased]',
        subject: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(events[0]?.detail).not.toContain(clientId);
    expect(report.tombstone).not.toBe(clientId);
    expect(() => eraseClient(open, clientId, 'again', now)).toThrow(/not in the vault/);
  });
});

describe('the clock and ids an erasure is given', () => {
  it('leaves the tombstone handed out, dated by the frozen clock when no time is given', () => {
    const report = eraseClient(
      open,
      clientId,
      'Past retention period',
      undefined,
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['70b50000-0000-4000-8000-000000000001'] }),
    );
    expect(report).toMatchObject({ tombstone: '70b50000-0000-4000-8000-000000000001', erasedOn: '2027-01-05' });
  });
});
