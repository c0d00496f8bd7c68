// Handover between two real encrypted vaults: everything about the client
// arrives, history included; a wrong, damaged, huge or too-new file is turned
// away with a plain message and nothing written; the same file twice is refused.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handoverMaxBytes } from '../../shared/contract/handover';
import { clientDataTables } from '../../main/services/erasure';
import { searchCaseload } from '../../main/services/search';
import { getClient, saveClient, editableFields } from '../../main/services/clients';
import { listContacts, saveContact } from '../../main/services/contacts';
import { consentHistory, recordConsent } from '../../main/services/consent';
import { listDisclosures } from '../../main/services/disclosures';
import { saveSession } from '../../main/services/group-sessions';
import { listConcerns, saveConcern } from '../../main/services/safeguarding';
import { exportHandover, importHandover, previewHandover } from '../../main/services/handover';
import {
  destinationsForClient,
  recordActivity,
  recordGuaranteeOffer,
  recordIntendedDestination,
} from '../../main/services/destinations';
import {
  addAction,
  addAttachment,
  finishInterview,
  getInterview,
  listForClient,
  readAttachment,
  saveNotes,
  startInterview,
  updateDetails,
} from '../../main/services/interviews';
import {
  addPlanImage,
  createPlan,
  finalisePlan,
  getPlan,
  listVersions,
  planForClient,
  saveDraft,
} from '../../main/services/plans';
import { findRecords } from '../../main/services/search';
import type { OpenVault, Vault } from '../../main/vault';
import { hashFolder, makeVault, makeVaultWithRoll, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('whiteboard pixels'),
]);
const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from('plan picture')]);

let from: { vault: Vault; open: OpenVault };
let to: { vault: Vault; open: OpenVault };
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll("Surname,Forename,DOB\nO'Neill,Siân,04/05/2009\nJones,Cerys,02/02/2010\n", now);
  from = { vault: made.vault, open: made.open };
  clientId = made.clientIdOf("O'Neill");
  const open = from.open;
  saveClient(
    open,
    {
      ...editableFields(getClient(open, clientId)),
      id: clientId,
      preferredName: 'مريم',
      provisionLevel: 'intensive',
      planLanguage: 'bilingual',
      isDyslexiaFriendly: true,
    },
    contextAt(now),
  );
  const first = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-10-01' }, contextAt(now));
  saveNotes(open, first.id, 0, 'Siân wants to train as a paramedic', now);
  saveNotes(open, first.id, 1, 'Worried about the fitness test', now);
  updateDetails(
    open,
    {
      id: first.id,
      details: {
        heldOn: '2026-10-01',
        startsAt: '09:30',
        durationMinutes: 45,
        mode: 'in-person',
        place: 'Library',
        competencies: [1, 4],
        techniques: ['Scaling'],
        intendedDestination: 'College',
        referralMade: '',
        provisionLevelSet: null,
        followUpOn: null,
        scores: [{ label: 'Confidence', score: 4 }],
      },
    },
    contextAt(now),
  );
  addAction(open, first.id, { text: 'Book the open day', owner: 'Client', dueOn: '2026-12-01' }, contextAt(now));
  addAttachment(
    open,
    { interviewId: first.id, fileName: 'whiteboard.png', dataBase64: png.toString('base64') },
    contextAt(now),
  );
  finishInterview(open, first.id, contextAt(now));
  const second = startInterview(open, { clientId, templateId: 'oskar', heldOn: '2026-11-20' }, contextAt(now));
  saveNotes(open, second.id, 0, 'Open day went well', now);
  const plan = createPlan(open, { clientId, sectionSet: 'now-want-how', fromInterviewId: first.id }, contextAt(now));
  addPlanImage(open, { planId: plan.id, fileName: 'map.gif', dataBase64: gif.toString('base64') }, contextAt(now));
  saveDraft(
    open,
    { planId: plan.id, content: { ...getPlan(open, plan.id).draft, goal: 'You want to become a paramedic' } },
    contextAt(now),
  );
  finalisePlan(open, { planId: plan.id, interviewId: first.id }, contextAt(now));
  saveDraft(
    open,
    {
      planId: plan.id,
      content: { ...getPlan(open, plan.id).draft, goal: 'You want to become a paramedic after college' },
    },
    contextAt(now),
  );
  finalisePlan(open, { planId: plan.id, interviewId: second.id }, contextAt(now));
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
        givenOn: '2026-10-01',
        method: 'verbal',
      },
    },
    contextAt(now),
  );

  const vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  to = { vault, open: vault.database() };
});

afterEach(() => {
  for (const { vault } of [from, to]) {
    vault.lock();
    removeDirectory(vault.files.directory);
  }
});

const handOver = () =>
  exportHandover(
    from.open,
    { clientId, recipient: 'Ms Adeyemi, Riverside Careers', hasClientAgreed: true },
    contextAt(now),
  ).json;

/** Runs the import expecting a refusal, and shows that not a byte of the receiving vault changed. */
function expectRefused(json: string, message: RegExp): void {
  to.open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const before = hashFolder(to.vault.files.directory);
  expect(() => previewHandover(to.open, json)).toThrow(message);
  expect(() => importHandover(to.open, json, contextAt(now))).toThrow(message);
  expect(hashFolder(to.vault.files.directory)).toEqual(before);
  expect(to.open.sqlite.prepare('SELECT count(*) AS total FROM clients').get()).toEqual({ total: 0 });
}

describe('handing a client over to another vault', () => {
  it('brings every interview, note, score, action, attachment, plan version, consent and history entry', () => {
    const json = handOver();
    const preview = previewHandover(to.open, json);
    expect(preview).toMatchObject({
      clientName: "Siân O'Neill",
      organisationName: 'Northfield Academy',
      isNewOrganisation: true,
    });
    expect(preview.counts).toEqual({
      interviews: 2,
      notes: 3,
      actions: 1,
      attachments: 2,
      planVersions: 2,
      consents: 1,
      corrections: 1,
      contacts: 0,
      groupSessions: 0,
      safeguardingConcerns: 0,
    });

    const imported = importHandover(to.open, json, contextAt(now));
    expect(imported.counts).toEqual(preview.counts);
    const client = getClient(to.open, imported.clientId);
    expect(client).toMatchObject({
      forename: 'Siân',
      surname: "O'Neill",
      preferredName: 'مريم',
      dateOfBirth: '2009-05-04',
      provisionLevel: 'intensive',
      organisationName: 'Northfield Academy',
      planLanguage: 'bilingual',
      isDyslexiaFriendly: true,
    });
    expect(client.provisionHistory.map((entry) => entry.level)).toEqual(['core', 'intensive']);
    expect(client.organisationHistory.map((entry) => entry.organisationName)).toEqual(['Northfield Academy']);
    expect(client.corrections).toEqual([{ field: 'preferredName', changedAt: now.toISOString(), reason: '' }]);

    const interviews = listForClient(to.open, imported.clientId);
    expect(interviews).toHaveLength(2);
    const first = getInterview(to.open, interviews.find((interview) => interview.heldOn === '2026-10-01')?.id ?? '');
    expect(first.stages.slice(0, 2).map((stage) => stage.notes)).toEqual([
      'Siân wants to train as a paramedic',
      'Worried about the fitness test',
    ]);
    expect(first.scores).toEqual([{ label: 'Confidence', score: 4 }]);
    expect(first).toMatchObject({ place: 'Library', competencies: [1, 4], techniques: ['Scaling'], isFinished: true });
    expect(first.actions.map((action) => action.text)).toEqual(['Book the open day']);
    expect(Buffer.from(readAttachment(to.open, first.attachments[0]?.id ?? '').dataBase64, 'base64').equals(png)).toBe(
      true,
    );

    const plan = planForClient(to.open, imported.clientId);
    expect(plan?.draft.goal).toBe('You want to become a paramedic after college');
    const versions = listVersions(to.open, plan?.id ?? '');
    expect(versions.map((version) => [version.number, version.content.goal])).toEqual([
      [1, 'You want to become a paramedic'],
      [2, 'You want to become a paramedic after college'],
    ]);
    const image = to.open.sqlite.prepare('SELECT id, bytes FROM plan_images WHERE plan_id = ?').get(plan?.id) as {
      id: string;
      bytes: Buffer;
    };
    expect(image.bytes.equals(gif)).toBe(true);
    expect(versions[0]?.content.imageIds).toEqual([image.id]);
    expect(consentHistory(to.open, imported.clientId)).toMatchObject([
      {
        givenBy: 'client',
        givenOn: '2026-10-01',
        agreements: { shareWithTutor: true, includeInDestinationReturns: true },
      },
    ]);
  });

  it('leaves no client-data table behind: every one is carried or deliberately left with the old adviser', () => {
    const carried = [
      'clients',
      'intended_destinations',
      'guarantee_offers',
      'activities',
      'competency_ratings',
      'client_organisation_history',
      'provision_level_history',
      'rectifications',
      'consents',
      'interviews',
      'interview_notes',
      'interview_scores',
      'interview_actions',
      'attachments',
      'action_plans',
      'plan_versions',
      'plan_images',
      // Not in the file: the receiving vault's triggers make it from the plan and its versions.
      'plan_adviser_actions',
      'client_contacts',
      'group_session_attendees',
      // Only when the adviser decides to include them (see below).
      'safeguarding_concerns',
    ];
    // The old adviser's own accountability records: their register of requests, their retention decisions and
    // withholding notes; and their own to-do list (which of their plan actions they ticked off).
    // The diary is the sending adviser's business with the school, not the client's record.
    const leftBehind = [
      'subject_access_requests',
      'retention_decisions',
      'withholdings',
      'adviser_action_states',
      'appointments',
    ];
    expect(
      clientDataTables
        .map((entry) => entry.table)
        .filter((table) => !carried.includes(table) && !leftBehind.includes(table)),
    ).toEqual([]);
  });

  it('makes the client findable by search in the receiving vault, by name and by what the notes say', () => {
    const imported = importHandover(to.open, handOver(), contextAt(now));
    expect(searchCaseload(to.open, 'sian', 10)).toMatchObject([{ kind: 'client', id: imported.clientId }]);
    expect(searchCaseload(to.open, 'مريم', 10)).toMatchObject([{ kind: 'client', id: imported.clientId }]);
    expect(
      findRecords(to.open.sqlite, 'paramedic', 10)
        .map((hit) => hit.kind)
        .sort(),
    ).toEqual(['interview', 'plan']);
  });

  it('records the disclosure in the sending vault and the import in the receiving audit log, naming no one there', () => {
    const imported = importHandover(to.open, handOver(), contextAt(now));
    expect(listDisclosures(from.open, clientId)[0]).toMatchObject({
      recipient: 'Ms Adeyemi, Riverside Careers',
      lawfulBasis: 'consent',
    });
    const audit = to.open.sqlite
      .prepare(`SELECT detail FROM audit_events WHERE action = 'handover.imported'`)
      .all() as { detail: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ clientId: imported.clientId, interviews: 2 });
    for (const name of ['Siân', "O'Neill", 'مريم', 'paramedic']) expect(audit[0]?.detail).not.toContain(name);
  });

  it('matches the organisation by name when the receiving adviser already works with it', async () => {
    const other = await makeVaultWithRoll('Surname,Forename,DOB\nPatel,Arjun,01/01/2010\n', now);
    try {
      const imported = importHandover(other.open, handOver(), contextAt(now));
      const organisations = other.open.sqlite.prepare('SELECT id FROM organisations').all() as { id: string }[];
      expect(organisations).toHaveLength(1);
      expect(getClient(other.open, imported.clientId).organisationId).toBe(organisations[0]?.id);
    } finally {
      other.vault.lock();
      removeDirectory(other.vault.files.directory);
    }
  });

  it('refuses to hand over without the client’s agreement, and logs no disclosure', () => {
    expect(() =>
      exportHandover(from.open, { clientId, recipient: 'Ms Adeyemi', hasClientAgreed: false }, contextAt(now)),
    ).toThrow(/client has agreed/);
    expect(listDisclosures(from.open, clientId)).toEqual([]);
  });

  it('refuses the same file twice, and a file back into the vault it came from', () => {
    const json = handOver();
    importHandover(to.open, json, contextAt(now));
    to.open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = hashFolder(to.vault.files.directory);
    expect(() => importHandover(to.open, json, contextAt(now))).toThrow(/already in this vault/);
    expect(hashFolder(to.vault.files.directory)).toEqual(before);
    expect(to.open.sqlite.prepare('SELECT count(*) AS total FROM clients').get()).toEqual({ total: 1 });
    expect(() => importHandover(from.open, json, contextAt(now))).toThrow(/already in this vault/);
  });

  it('gives new ids where the receiving vault already uses them, keeping each record with its own client', () => {
    const json = handOver();
    importHandover(to.open, json, contextAt(now));
    // A second person whose file happens to reuse the same record ids.
    const file = JSON.parse(json) as { handoverId: string; client: { id: string; forename: string } };
    const twin = {
      ...file,
      handoverId: randomUUID(),
      client: { ...file.client, id: randomUUID(), forename: 'Rhiannon' },
    };
    const imported = importHandover(to.open, JSON.stringify(twin), contextAt(now));
    expect(getClient(to.open, imported.clientId).forename).toBe('Rhiannon');
    for (const id of [
      imported.clientId,
      ...(to.open.sqlite.prepare('SELECT id FROM clients').all() as { id: string }[]).map((row) => row.id),
    ]) {
      expect(listForClient(to.open, id)).toHaveLength(2);
      expect(listVersions(to.open, planForClient(to.open, id)?.id ?? '')).toHaveLength(2);
    }
  });

  it('writes nothing at all when the import fails part-way through', () => {
    to.open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = hashFolder(to.vault.files.directory);
    // A failure after the client, interviews and organisation have been written, at the plan's versions.
    const tables = [
      'clients',
      'organisations',
      'interviews',
      'attachments',
      'action_plans',
      'audit_events',
      'search_rows',
    ];
    const count = () =>
      tables.map(
        (table) => (to.open.sqlite.prepare(`SELECT count(*) AS total FROM ${table}`).get() as { total: number }).total,
      );
    const countsBefore = count();
    to.open.sqlite.exec(
      `CREATE TEMP TRIGGER refuse_versions BEFORE INSERT ON plan_versions BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    expect(() => importHandover(to.open, handOver(), contextAt(now))).toThrow(/disk trouble/);
    to.open.sqlite.exec('DROP TRIGGER refuse_versions');
    expect(count()).toEqual(countsBefore);
    expect(countsBefore[0]).toBe(0);
    to.open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // The -shm file is SQLite's shared-memory index of the WAL, rewritten by any transaction, kept or not.
    const withoutShm = (hashes: Record<string, string>) =>
      Object.fromEntries(Object.entries(hashes).filter(([file]) => !file.endsWith('-shm')));
    expect(withoutShm(hashFolder(to.vault.files.directory))).toEqual(withoutShm(before));
  });

  describe('parents, carers, group sessions and safeguarding records (format version 2)', () => {
    const concern = {
      raisedOn: '2026-10-01',
      whatHappened: 'Said her stepdad shouts at night; seemed frightened',
      reportedTo: 'Ms Patel (DSL)',
      reportedAt: '2026-10-01T14:30',
      reference: 'SG-2026-17',
    };

    beforeEach(() => {
      const mum = saveContact(
        from.open,
        {
          clientId,
          name: "Róisín O'Neill",
          relationship: 'Mum',
          phone: '07700 900123',
          email: '',
          hasParentalResponsibility: true,
          contactPreferences: 'Text first',
        },
        contextAt(now),
      );
      from.open.sqlite
        .prepare(`UPDATE consents SET given_by = 'parent-carer', given_by_contact_id = ? WHERE client_id = ?`)
        .run(mum.id, clientId);
      const organisationId = getClient(from.open, clientId).organisationId;
      saveSession(
        from.open,
        {
          organisationId,
          heldOn: '2026-10-08',
          kind: 'group-work',
          title: 'Year 12 options session',
          minutes: 50,
          notes: 'Cerys asked about gap years',
          attendeeIds: [clientId],
        },
        contextAt(now),
      );
      saveConcern(from.open, { clientId, ...concern }, contextAt(now));
    });

    it('carries contacts, who gave consent and group sessions attended, but leaves safeguarding records behind by default', () => {
      const json = handOver();
      expect(json).not.toContain('stepdad');
      expect(json).not.toContain('gap years');
      expect(JSON.parse(json)).toMatchObject({ formatVersion: 3, safeguarding: { isIncluded: false, concerns: [] } });
      expect(listDisclosures(from.open, clientId)[0]?.what).toMatch(/except safeguarding records/);

      const imported = importHandover(to.open, json, contextAt(now));
      expect(imported.counts).toMatchObject({ contacts: 1, groupSessions: 1, safeguardingConcerns: 0 });
      const contacts = listContacts(to.open, { clientId: imported.clientId });
      expect(contacts).toMatchObject([
        {
          name: "Róisín O'Neill",
          relationship: 'Mum',
          hasParentalResponsibility: true,
          contactPreferences: 'Text first',
        },
      ]);
      const consent = to.open.sqlite
        .prepare('SELECT given_by_contact_id AS contactId FROM consents WHERE client_id = ?')
        .get(imported.clientId) as { contactId: string };
      expect(consent.contactId).toBe(contacts[0]?.id);
      expect(getClient(to.open, imported.clientId).timeline).toContainEqual({
        kind: 'group-session',
        on: '2026-10-08',
        title: 'Attended: Year 12 options session',
        detail: 'Group session, 50 minutes',
      });
      expect(listConcerns(to.open, { clientId: imported.clientId })).toEqual([]);
    });

    it('carries safeguarding records when the adviser decides to include them, and says so in the disclosure log', () => {
      const json = exportHandover(
        from.open,
        { clientId, recipient: 'Ms Adeyemi, Riverside Careers', hasClientAgreed: true, includeSafeguarding: true },
        contextAt(now),
      ).json;
      expect(listDisclosures(from.open, clientId)[0]?.what).toMatch(/safeguarding records included/);
      expect(previewHandover(to.open, json).counts.safeguardingConcerns).toBe(1);
      const imported = importHandover(to.open, json, contextAt(now));
      expect(listConcerns(to.open, { clientId: imported.clientId })).toMatchObject([concern]);
    });

    it('names and dates the file, and what the receiving vault makes of it, by the clock and ids it is given', () => {
      const exported = exportHandover(
        from.open,
        { clientId, recipient: 'Ms Adeyemi, Riverside Careers', hasClientAgreed: true },
        fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['4a0d0000-0000-4000-8000-000000000001'] }),
      );
      expect(JSON.parse(exported.json)).toMatchObject({
        handoverId: '4a0d0000-0000-4000-8000-000000000001',
        exportedAt: '2027-01-05T14:30:00.000Z',
      });
      expect(exported.handoverId).toBe('4a0d0000-0000-4000-8000-000000000001');
      expect(exported.fileName).toBe("Waymark handover - Siân O'Neill - 2027-01-05.json");
      expect(
        from.open.sqlite.prepare('SELECT disclosed_on AS disclosedOn, created_at AS createdAt FROM disclosures').all(),
      ).toEqual([{ disclosedOn: '2027-01-05', createdAt: '2027-01-05T14:30:00.000Z' }]);

      // The school and the group session are new to the receiving vault, in that order; everything else keeps its id.
      const imported = importHandover(
        to.open,
        exported.json,
        fixedContext({
          now: '2027-01-06T09:00:00Z',
          ids: ['4a0d0000-0000-4000-8000-000000000002', '4a0d0000-0000-4000-8000-000000000003'],
        }),
      );
      expect(getClient(to.open, imported.clientId).organisationId).toBe('4a0d0000-0000-4000-8000-000000000002');
      expect(to.open.sqlite.prepare('SELECT id, created_at AS createdAt FROM organisations').all()).toEqual([
        { id: '4a0d0000-0000-4000-8000-000000000002', createdAt: '2027-01-06T09:00:00.000Z' },
      ]);
      expect(to.open.sqlite.prepare('SELECT id, created_at AS createdAt FROM group_sessions').all()).toEqual([
        { id: '4a0d0000-0000-4000-8000-000000000003', createdAt: '2027-01-06T09:00:00.000Z' },
      ]);
      expect(
        to.open.sqlite
          .prepare(`SELECT occurred_at AS occurredAt FROM audit_events WHERE action = 'handover.imported'`)
          .all(),
      ).toEqual([{ occurredAt: '2027-01-06T09:00:00.000Z' }]);
    });

    it('refuses a consent that names a contact the file does not hold, by position only', () => {
      const file = JSON.parse(handOver()) as { contacts: unknown[] };
      file.contacts = [];
      expectRefused(JSON.stringify(file), /damaged or incomplete \(the problem is in consent record 1\)/);
    });

    it('refuses safeguarding records in a file that says they were left out', () => {
      const file = JSON.parse(
        exportHandover(
          from.open,
          { clientId, recipient: 'Ms Adeyemi', hasClientAgreed: true, includeSafeguarding: true },
          contextAt(now),
        ).json,
      ) as { safeguarding: { isIncluded: boolean } };
      file.safeguarding.isIncluded = false;
      expectRefused(JSON.stringify(file), /damaged or incomplete \(the problem is in the safeguarding records\)/);
    });

    it('still reads a version 1 file, made before contacts and group sessions were carried', () => {
      const file = JSON.parse(handOver()) as Record<string, unknown> & { consents: Record<string, unknown>[] };
      const version1 = Object.fromEntries(
        Object.entries(file).filter(
          ([key]) => !['contacts', 'groupSessions', 'safeguarding', 'outcomes'].includes(key),
        ),
      );
      const json = JSON.stringify({
        ...version1,
        formatVersion: 1,
        consents: file.consents.map(({ givenByContactId: _givenBy, ...consent }) => consent),
      });
      const imported = importHandover(to.open, json, contextAt(now));
      expect(imported.counts).toMatchObject({
        interviews: 2,
        consents: 1,
        contacts: 0,
        groupSessions: 0,
        safeguardingConcerns: 0,
      });
      expect(consentHistory(to.open, imported.clientId)).toHaveLength(1);
    });

    it('reads a file from before plan languages as English plans in the standard style', () => {
      const file = JSON.parse(handOver()) as Record<string, unknown> & { client: Record<string, unknown> };
      const olderClient = Object.fromEntries(
        Object.entries(file.client).filter(([key]) => key !== 'planLanguage' && key !== 'isDyslexiaFriendly'),
      );
      const imported = importHandover(to.open, JSON.stringify({ ...file, client: olderClient }), contextAt(now));
      expect(getClient(to.open, imported.clientId)).toMatchObject({ planLanguage: 'en', isDyslexiaFriendly: false });
    });
  });

  describe('destinations and ratings (format version 3)', () => {
    it('carries intended destinations, offers, activities and ratings, pointing at the imported interview', () => {
      const first = listForClient(from.open, clientId).find((interview) => interview.heldOn === '2026-10-01');
      recordIntendedDestination(
        from.open,
        {
          clientId,
          recordedOn: '2026-10-01',
          code: '230',
          provider: 'Leeds City College',
          course: 'Access to paramedic science',
          level: '3',
          source: 'client',
          interviewId: first?.id ?? null,
        },
        contextAt(now),
      );
      recordGuaranteeOffer(
        from.open,
        { clientId, yearGroup: 11, status: 'offer-made', provider: 'Leeds City College', recordedOn: '2026-11-02' },
        contextAt(now),
      );
      recordActivity(
        from.open,
        {
          clientId,
          code: '230',
          provider: 'Leeds City College',
          startsOn: '2026-09-07',
          verifiedOn: null,
          verifiedHow: '',
        },
        contextAt(now),
      );
      from.open.sqlite
        .prepare(
          "INSERT INTO competency_ratings (id, client_id, rated_on, framework, competency, scale, rating, source, interview_id, created_at) VALUES ('rating-1', ?, '2026-10-01', 'cdi', 'explore-possibilities', 'levels-1-4', 3, 'interview', ?, ?)",
        )
        .run(clientId, first?.id ?? null, now.toISOString());
      // The receiving vault already uses the interview's id, so it is renewed there, and the destination follows it.
      to.open.sqlite
        .prepare(
          "INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES ('org-x', 'Elsewhere', 'school', ?, ?)",
        )
        .run(now.toISOString(), now.toISOString());
      to.open.sqlite
        .prepare(
          "INSERT INTO clients (id, organisation_id, surname, forename, created_at, updated_at) VALUES ('client-x', 'org-x', 'Other', 'Person', ?, ?)",
        )
        .run(now.toISOString(), now.toISOString());
      to.open.sqlite
        .prepare("INSERT INTO interviews (id, client_id, held_on, created_at) VALUES (?, 'client-x', '2026-01-01', ?)")
        .run(first?.id, now.toISOString());

      const imported = importHandover(to.open, handOver(), contextAt(now));
      const destinations = destinationsForClient(to.open, { clientId: imported.clientId });
      const importedFirst = listForClient(to.open, imported.clientId).find(
        (interview) => interview.heldOn === '2026-10-01',
      );
      expect(importedFirst?.id).not.toBe(first?.id);
      expect(destinations.intended).toEqual([
        expect.objectContaining({
          code: '230',
          provider: 'Leeds City College',
          course: 'Access to paramedic science',
          interviewId: importedFirst?.id,
        }),
      ]);
      expect(destinations.offers).toEqual([
        expect.objectContaining({ status: 'offer-made', recordedOn: '2026-11-02' }),
      ]);
      expect(destinations.activities).toEqual([expect.objectContaining({ code: '230', startsOn: '2026-09-07' })]);
      expect(
        to.open.sqlite
          .prepare('SELECT competency, rating, interview_id AS interviewId FROM competency_ratings WHERE client_id = ?')
          .all(imported.clientId),
      ).toEqual([{ competency: 'explore-possibilities', rating: 3, interviewId: importedFirst?.id }]);
    });

    it('still reads a version 2 file, made before destinations were carried', () => {
      const file = JSON.parse(handOver()) as Record<string, unknown>;
      const version2 = Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'outcomes'));
      const imported = importHandover(to.open, JSON.stringify({ ...version2, formatVersion: 2 }), contextAt(now));
      expect(destinationsForClient(to.open, { clientId: imported.clientId })).toMatchObject({
        intended: [],
        offers: [],
        activities: [],
      });
      expect(imported.counts).toMatchObject({ interviews: 2, consents: 1 });
    });

    it('refuses a destination that points at an interview the file does not hold, by position only', () => {
      const file = JSON.parse(handOver()) as { outcomes: { intended: unknown[] } };
      file.outcomes.intended.push({
        id: 'intended-x',
        recordedOn: '2026-10-01',
        code: '230',
        codeListVersion: '2025-26',
        provider: '',
        course: '',
        level: '',
        source: 'client',
        interviewId: 'no-such-interview',
        createdAt: now.toISOString(),
      });
      expectRefused(JSON.stringify(file), /damaged or incomplete \(the problem is in intended destination 1\)/);
    });
  });

  describe('turns away a file that will not do, writing nothing', () => {
    it('not JSON', () => expectRefused('{"format": "waymark-handover", "formatVersion": 1, ', /not valid JSON/));
    it('another kind of file', () =>
      expectRefused(
        JSON.stringify({ format: 'waymark-guidance-template', formatVersion: 1 }),
        /not a Waymark handover file/,
      ));
    it('a subject-access data file', () =>
      expectRefused(
        JSON.stringify({ format: 'waymark-subject-access', formatVersion: 1, tables: {} }),
        /subject-access bundle, not a handover file/,
      ));
    it('a file from a newer Waymark', () => {
      const file = { ...(JSON.parse(handOver()) as object), formatVersion: 4 };
      expectRefused(JSON.stringify(file), /newer version of Waymark.*Update Waymark/);
    });
    it('a file holding __proto__', () => {
      const json = handOver().replace('"client": {', '"client": {"__proto__": {"isAdmin": true},');
      expectRefused(json, /not a Waymark handover file/);
    });
    it('a huge file', () => expectRefused(' '.repeat(handoverMaxBytes + 1), /larger than 150 MB/));
    it('a damaged record, named by position and not by content', () => {
      const file = JSON.parse(handOver()) as { interviews: { heldOn: string }[] };
      file.interviews[1]!.heldOn = 'Siân’s birthday';
      const json = JSON.stringify(file);
      expectRefused(json, /damaged or incomplete \(the problem is in interview 2\)/);
      expect(() => importHandover(to.open, json, contextAt(now))).not.toThrow(/Siân/);
    });
    it('a picture that is not a picture', () => {
      const file = JSON.parse(handOver()) as { interviews: { attachments: { dataBase64: string }[] }[] };
      file.interviews[0]!.attachments[0]!.dataBase64 = Buffer.from('not a picture').toString('base64');
      expectRefused(JSON.stringify(file), /damaged or incomplete \(the problem is in interview 1\)/);
    });
  });
});
