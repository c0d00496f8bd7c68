// A test per migration. For each one, a real encrypted vault is made by the
// Waymark just before it, rows are put in as that version shaped its tables,
// then the vault is unlocked by the Waymark with this one migration more, and
// the rows are checked: every old row still there with every old value, and
// what the migration adds (columns, defaults, tables, constraints, triggers,
// indexes) working on them. The first migration has nothing before it: its
// test checks the tables it makes in a new vault.
//
// How this can fail: a migration that drops, rewrites or loses a row, gives a
// new column another value than its SQL says, does not add the constraint,
// trigger or index it exists for, or drops a table, column, index or trigger an
// earlier one made. A new migration without a test here fails
// the last test in the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../../main/db/open';
import { openRequests } from '../../main/services/subject-access';
import { findRecords, indexRecord, removeRecord } from '../../main/services/search';
import { outboxTriggers } from '../../main/services/sync/synced-tables';
import {
  columnsOf,
  everyRow,
  insertRow,
  migrationTags,
  queryPlan,
  schemaNames,
  tableNames,
  vaultJustBefore,
  vaultThrough,
  type MigrationStep,
  type Row,
} from '../support/migration-steps';
import { makeTempDirectory, removeDirectory } from '../support/vault-fixture';

const createdAt = '2026-09-01T09:00:00.000Z';
let workspace: string;
let step: MigrationStep | undefined;

beforeEach(() => {
  workspace = makeTempDirectory('waymark-migrations-');
});
afterEach(() => {
  step?.lock();
  step = undefined;
  removeDirectory(workspace);
});

const covered: string[] = [];

/** One describe per migration, named by its tag; the last test checks that none was left out. */
function describeMigration(tag: string, whatItDoes: string, tests: () => void): void {
  covered.push(tag);
  describe(`${tag}: ${whatItDoes}`, tests);
}

async function vaultBefore(tag: string): Promise<SqliteDatabase> {
  step = await vaultJustBefore(tag, workspace);
  return step.sqlite();
}

function currentStep(): MigrationStep {
  if (!step) throw new Error('no vault made yet');
  return step;
}

/** Applies the one migration under test, returning the database as it now is. */
function migrate(): Promise<SqliteDatabase> {
  return currentStep().migrate();
}

type Snapshot = { rows: Record<string, Row[]>; schema: string[] };

/** The vault before the migration, refusing an empty table named: a test that kept nothing would prove nothing. */
function snapshotBefore(sqlite: SqliteDatabase, ...mustHaveRows: string[]): Snapshot {
  const rows = everyRow(sqlite);
  for (const table of mustHaveRows) expect(rows[table]?.length, `rows put into ${table}`).toBeGreaterThan(0);
  return { rows, schema: schemaNames(sqlite) };
}

/**
 * Every row there before the migration is there after it, in the same order,
 * with every value it had; and every table, column, index and trigger is still
 * there (one replaced keeps its name), so no migration quietly undoes an
 * earlier one's guard.
 */
function expectKept(before: Snapshot, sqlite: SqliteDatabase): void {
  const after = everyRow(sqlite);
  for (const [table, rows] of Object.entries(before.rows)) {
    expect(after[table], `rows of ${table}`).toEqual(rows.map((row) => expect.objectContaining(row)));
  }
  expect(schemaNames(sqlite)).toEqual(expect.arrayContaining(before.schema));
}

function rowOf(sqlite: SqliteDatabase, table: string, where: string, ...values: unknown[]): Row {
  return sqlite.prepare(`SELECT * FROM "${table}" WHERE ${where}`).get(...values) as Row;
}

// Rows in the shape the tables had when they were made (0001 for the caseload,
// 0005 for plans, 0007 for data protection): inserts naming those columns alone
// still fit once later migrations have added more.

function addSchool(sqlite: SqliteDatabase, id = 'org-northfield'): void {
  insertRow(sqlite, 'organisations', {
    id,
    name: 'Northfield Academy',
    kind: 'school',
    address: '1 School Lane, Leeds',
    created_at: createdAt,
    updated_at: createdAt,
  });
}

function addClient(
  sqlite: SqliteDatabase,
  id: string,
  surname: string,
  forename: string,
  organisationId = 'org-northfield',
): void {
  insertRow(sqlite, 'clients', {
    id,
    organisation_id: organisationId,
    surname,
    forename,
    date_of_birth: '2009-05-04',
    year_group: 11,
    upn: `A1234567890${id.slice(-2)}`,
    has_pupil_premium: 1,
    provision_level: 'intensive',
    created_at: createdAt,
    updated_at: createdAt,
  });
}

function addHeldInterview(sqlite: SqliteDatabase, id: string, clientId: string, heldOn: string): void {
  insertRow(sqlite, 'interviews', {
    id,
    client_id: clientId,
    organisation_id: 'org-northfield',
    held_on: heldOn,
    duration_minutes: 30,
    created_at: createdAt,
  });
}

function addPlan(sqlite: SqliteDatabase, id: string, clientId: string): void {
  insertRow(sqlite, 'action_plans', {
    id,
    client_id: clientId,
    draft: '{"goals":["Apply to college"]}',
    has_unfinalised_changes: 0,
    created_at: createdAt,
    updated_at: createdAt,
  });
}

function addDisclosure(sqlite: SqliteDatabase, clientId: string, recipient: string): number {
  const row = {
    client_id: clientId,
    recipient,
    disclosed_on: '2026-10-01',
    what: 'Action plan sent to the school',
    lawful_basis: 'consent',
    created_at: createdAt,
  };
  insertRow(sqlite, 'disclosures', row);
  return Number((sqlite.prepare('SELECT last_insert_rowid() AS id').get() as { id: number }).id);
}

function addRequest(sqlite: SqliteDatabase, id: string, clientId: string, extra: Row = {}): void {
  insertRow(sqlite, 'subject_access_requests', {
    id,
    client_id: clientId,
    received_on: '2026-10-01',
    requester_name: 'Zofia Nowak',
    relationship: 'self',
    due_on: '2026-11-01',
    created_at: createdAt,
    ...extra,
  });
}

/** Erasure's anonymising of a disclosure: the client link removed and the description replaced. */
function anonymiseDisclosure(sqlite: SqliteDatabase, id: number, recipient?: string): void {
  sqlite
    .prepare(
      `UPDATE disclosures SET client_id = NULL, is_anonymised = 1, what = 'Record erased', recipient = coalesce(?, recipient) WHERE id = ?`,
    )
    .run(recipient ?? null, id);
}

describeMigration('0000_foundation', 'creates the settings and the audit trail in a new vault', () => {
  it('makes the two tables, and the new vault records its creation in the audit trail', async () => {
    step = await vaultThrough('0000_foundation', workspace);
    const sqlite = step.sqlite();
    expect(tableNames(sqlite).filter((name) => !name.startsWith('__drizzle') && name !== 'sqlite_sequence')).toEqual([
      'audit_events',
      'settings',
    ]);
    expect(columnsOf(sqlite, 'audit_events')).toEqual([
      { name: 'id', type: 'INTEGER', notnull: 1, dflt_value: null },
      { name: 'occurred_at', type: 'TEXT', notnull: 1, dflt_value: null },
      { name: 'action', type: 'TEXT', notnull: 1, dflt_value: null },
      { name: 'detail', type: 'TEXT', notnull: 1, dflt_value: `'{}'` },
    ]);
    // The event the vault wrote as it was made, with no detail given, defaulted to an empty object.
    expect(sqlite.prepare('SELECT action, detail FROM audit_events').all()).toEqual([
      { action: 'vault.created', detail: '{}' },
    ]);

    insertRow(sqlite, 'settings', { key: 'adviserName', value: '"Sam Adviser"' });
    expect(() => insertRow(sqlite, 'settings', { key: 'adviserName', value: '"Someone else"' })).toThrow(
      /UNIQUE constraint failed: settings.key/,
    );
  });
});

describeMigration(
  '0001_caseload',
  'adds organisations, clients, their history and early interviews, keeping settings and the audit trail',
  () => {
    it('keeps the settings and audit events, and the new tables take a school and a pupil with their defaults', async () => {
      const old = await vaultBefore('0001_caseload');
      insertRow(old, 'settings', { key: 'adviserName', value: '"Sam Adviser"' });
      insertRow(old, 'audit_events', {
        occurred_at: createdAt,
        action: 'settings.updated',
        detail: '{"keys":["adviserName"]}',
      });
      const before = snapshotBefore(old, 'settings', 'audit_events');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(tableNames(sqlite)).toEqual(
        expect.arrayContaining([
          'organisations',
          'organisation_contacts',
          'agreements',
          'adviser_checks',
          'clients',
          'client_organisation_history',
          'provision_level_history',
          'interviews',
        ]),
      );

      addSchool(sqlite);
      insertRow(sqlite, 'clients', {
        id: 'client-1',
        organisation_id: 'org-northfield',
        surname: 'Nowak',
        forename: 'Zofia',
        created_at: createdAt,
        updated_at: createdAt,
      });
      expect(rowOf(sqlite, 'clients', 'id = ?', 'client-1')).toMatchObject({
        preferred_name: '',
        date_of_birth: null,
        tutor_group: '',
        send_status: 'none',
        has_pupil_premium: 0,
        is_at_risk_of_neet: 0,
        provision_level: 'core',
        email: '',
        about_me: '',
      });
      insertRow(sqlite, 'interviews', {
        id: 'interview-1',
        client_id: 'client-1',
        held_on: '2026-10-05',
        created_at: createdAt,
      });
      expect(rowOf(sqlite, 'interviews', 'id = ?', 'interview-1')).toMatchObject({
        duration_minutes: 45,
        organisation_id: null,
      });
      // Foreign keys are on in the vault: a pupil of a school that is not there is refused.
      expect(() => addClient(sqlite, 'client-2', 'Okafor', 'Chidi', 'org-missing')).toThrow(
        /FOREIGN KEY constraint failed/,
      );
    });
  },
);

describeMigration('0002_search', 'adds the full-text search index, keeping schools and clients', () => {
  it('keeps the caseload, and the index finds accented names typed without accents', async () => {
    const old = await vaultBefore('0002_search');
    addSchool(old);
    addClient(old, 'client-01', 'Nowak', 'Zoë');
    const before = snapshotBefore(old, 'organisations', 'clients');

    const sqlite = await migrate();
    expectKept(before, sqlite);
    // The migration only makes the index; it indexes none of the records already there (each is indexed when next saved).
    const indexed = sqlite
      .prepare('INSERT INTO search_index (kind, record_id, text) VALUES (?, ?, ?)')
      .run('client', 'client-01', 'Zoë Nowak');
    insertRow(sqlite, 'search_rows', { record_key: 'client:client-01', fts_rowid: indexed.lastInsertRowid });
    // unicode61 with remove_diacritics 2 folds the accent the app missed.
    expect(
      sqlite.prepare(`SELECT kind, record_id AS recordId FROM search_index WHERE search_index MATCH '"zoe"*'`).all(),
    ).toEqual([{ kind: 'client', recordId: 'client-01' }]);
    expect(() => insertRow(sqlite, 'search_rows', { record_key: 'client:client-01', fts_rowid: 99 })).toThrow(
      /UNIQUE constraint failed: search_rows.record_key/,
    );
  });
});

describeMigration(
  '0003_caseload_name_order',
  'orders the caseload by name whatever the case from an index, keeping clients',
  () => {
    const byName = 'SELECT id FROM clients ORDER BY surname COLLATE NOCASE, forename COLLATE NOCASE, id';

    it('keeps every client, and lists them in name order without sorting them each time', async () => {
      const old = await vaultBefore('0003_caseload_name_order');
      addSchool(old);
      addClient(old, 'client-01', 'smith', 'amy');
      addClient(old, 'client-02', 'Abbott', 'Ben');
      addClient(old, 'client-03', 'Smith', 'Amy');
      addClient(old, 'client-04', 'de Souza', 'Cara');
      const before = snapshotBefore(old, 'clients');
      // Before: the old index was case-sensitive, so the caseload was sorted afresh each time.
      expect(queryPlan(old, byName).join('\n')).toMatch(/USE TEMP B-TREE FOR ORDER BY/);

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(sqlite.prepare(`SELECT name, coll FROM pragma_index_xinfo('clients_name') WHERE key = 1`).all()).toEqual([
        { name: 'surname', coll: 'NOCASE' },
        { name: 'forename', coll: 'NOCASE' },
        { name: 'id', coll: 'BINARY' },
      ]);
      const plan = queryPlan(sqlite, byName).join('\n');
      expect(plan).toMatch(/clients USING (COVERING )?INDEX clients_name/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
      expect((sqlite.prepare(byName).all() as { id: string }[]).map((row) => row.id)).toEqual([
        'client-02',
        'client-04',
        'client-01',
        'client-03',
      ]);
    });
  },
);

describeMigration(
  '0004_interviews',
  'adds templates, notes, scores, actions and attachments to interviews, keeping interviews already held',
  () => {
    it('keeps each interview as it was, with the new columns at their defaults, and gives it notes and the rest', async () => {
      const old = await vaultBefore('0004_interviews');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addHeldInterview(old, 'interview-1', 'client-01', '2026-10-05');
      const before = snapshotBefore(old, 'interviews');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(rowOf(sqlite, 'interviews', 'id = ?', 'interview-1')).toEqual({
        ...before.rows.interviews?.[0],
        starts_at: null,
        mode: 'in-person',
        place: '',
        template_id: null,
        template_name: '',
        template_version: 1,
        template_stages: '[]',
        competencies: '[]',
        techniques: '[]',
        intended_destination: '',
        referral_made: '',
        provision_level_set: null,
        follow_up_on: null,
        // As the SQL says, and not back-filled: an interview held before this version counts as unfinished, so it is offered as a draft at unlock.
        is_finished: 0,
        updated_at: null,
      });

      insertRow(sqlite, 'interview_notes', { interview_id: 'interview-1', stage_index: 0, saved_at: createdAt });
      insertRow(sqlite, 'interview_scores', { interview_id: 'interview-1', label: 'Confidence', score: 6 });
      insertRow(sqlite, 'interview_actions', {
        id: 'action-1',
        interview_id: 'interview-1',
        text: 'Visit the college open day',
        created_at: createdAt,
      });
      insertRow(sqlite, 'attachments', {
        id: 'file-1',
        interview_id: 'interview-1',
        file_name: 'notes.jpg',
        media_type: 'image/jpeg',
        size_bytes: 3,
        bytes: Buffer.from([1, 2, 3]),
        created_at: createdAt,
      });
      expect(rowOf(sqlite, 'interview_notes', 'interview_id = ?', 'interview-1')).toMatchObject({ text: '' });
      expect(rowOf(sqlite, 'interview_actions', 'id = ?', 'action-1')).toMatchObject({ owner: '', due_on: null });
      expect(() =>
        insertRow(sqlite, 'interview_notes', {
          interview_id: 'interview-missing',
          stage_index: 0,
          saved_at: createdAt,
        }),
      ).toThrow(/FOREIGN KEY constraint failed/);
      insertRow(sqlite, 'guidance_templates', {
        id: 'grow',
        name: 'GROW',
        stages: '[]',
        created_at: createdAt,
        updated_at: createdAt,
      });
      expect(rowOf(sqlite, 'guidance_templates', 'id = ?', 'grow')).toMatchObject({
        version: 1,
        based_on: null,
        archived_at: null,
      });
    });
  },
);

describeMigration(
  '0005_plans',
  'adds action plans with their versions and images, keeping clients and interviews',
  () => {
    it('keeps clients and interviews, and gives each client one plan that can cite an interview', async () => {
      const old = await vaultBefore('0005_plans');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addHeldInterview(old, 'interview-1', 'client-01', '2026-10-05');
      const before = snapshotBefore(old, 'clients', 'interviews');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      insertRow(sqlite, 'action_plans', {
        id: 'plan-1',
        client_id: 'client-01',
        source_interview_id: 'interview-1',
        draft: '{}',
        created_at: createdAt,
        updated_at: createdAt,
      });
      // A new plan has changes not yet finalised until its first version.
      expect(rowOf(sqlite, 'action_plans', 'id = ?', 'plan-1')).toMatchObject({ has_unfinalised_changes: 1 });
      expect(() =>
        insertRow(sqlite, 'action_plans', {
          id: 'plan-2',
          client_id: 'client-01',
          draft: '{}',
          created_at: createdAt,
          updated_at: createdAt,
        }),
      ).toThrow(/UNIQUE constraint failed: action_plans.client_id/);
      insertRow(sqlite, 'plan_versions', {
        plan_id: 'plan-1',
        number: 1,
        content: '{}',
        interview_id: 'interview-1',
        finalised_at: createdAt,
      });
      expect(() =>
        insertRow(sqlite, 'plan_versions', { plan_id: 'plan-1', number: 1, content: '{}', finalised_at: createdAt }),
      ).toThrow(/UNIQUE constraint failed/);
      expect(() =>
        insertRow(sqlite, 'plan_images', {
          id: 'image-1',
          plan_id: 'plan-missing',
          file_name: 'a.png',
          media_type: 'image/png',
          size_bytes: 1,
          bytes: Buffer.from([1]),
          created_at: createdAt,
        }),
      ).toThrow(/FOREIGN KEY constraint failed/);
    });
  },
);

describeMigration(
  '0006_plan_versions_immutable',
  'makes finalised plan versions unchangeable, keeping the versions already finalised',
  () => {
    it('keeps the versions there were, refuses to change them, and still takes new ones', async () => {
      const old = await vaultBefore('0006_plan_versions_immutable');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addPlan(old, 'plan-1', 'client-01');
      insertRow(old, 'plan_versions', {
        plan_id: 'plan-1',
        number: 1,
        content: '{"goals":["Apply to college"]}',
        finalised_at: createdAt,
      });
      // Before: nothing stopped a finalised version being rewritten.
      expect(old.prepare(`UPDATE plan_versions SET content = content WHERE plan_id = 'plan-1'`).run().changes).toBe(1);
      const before = snapshotBefore(old, 'action_plans', 'plan_versions');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(() =>
        sqlite.prepare(`UPDATE plan_versions SET content = '{"goals":["Rewritten"]}' WHERE plan_id = 'plan-1'`).run(),
      ).toThrow('A finalised plan version cannot be changed.');
      expect(rowOf(sqlite, 'plan_versions', 'plan_id = ?', 'plan-1')).toMatchObject({
        content: '{"goals":["Apply to college"]}',
      });
      insertRow(sqlite, 'plan_versions', {
        plan_id: 'plan-1',
        number: 2,
        content: '{"goals":["Apply to college","Find work experience"]}',
        finalised_at: createdAt,
      });
      expect(sqlite.prepare(`SELECT number FROM plan_versions WHERE plan_id = 'plan-1' ORDER BY number`).all()).toEqual(
        [{ number: 1 }, { number: 2 }],
      );
    });
  },
);

describeMigration(
  '0007_data_protection',
  'adds consent, the disclosure log and the subject-access register, keeping clients',
  () => {
    it('keeps the caseload, and the new registers take entries for existing clients with their defaults', async () => {
      const old = await vaultBefore('0007_data_protection');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addPlan(old, 'plan-1', 'client-01');
      const before = snapshotBefore(old, 'clients', 'action_plans');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      insertRow(sqlite, 'consents', {
        id: 'consent-1',
        client_id: 'client-01',
        has_explained_confidentiality: 1,
        agreements: '{}',
        given_by: 'client',
        given_on: '2026-10-01',
        method: 'verbal',
        created_at: createdAt,
      });
      expect(rowOf(sqlite, 'consents', 'id = ?', 'consent-1')).toMatchObject({
        withdrawn_on: null,
        withdrawal_note: '',
      });
      addRequest(sqlite, 'request-1', 'client-01');
      expect(rowOf(sqlite, 'subject_access_requests', 'id = ?', 'request-1')).toMatchObject({
        is_identity_checked: 0,
        status: 'received',
        extension_reason: '',
        completed_on: null,
      });
      const disclosure = addDisclosure(sqlite, 'client-01', 'Northfield Academy');
      expect(rowOf(sqlite, 'disclosures', 'id = ?', disclosure)).toMatchObject({ is_anonymised: 0, consent_id: null });
      // A disclosure may outlive its client's link (erasure anonymises it); a request may not.
      insertRow(sqlite, 'disclosures', {
        recipient: 'Leeds City Council',
        disclosed_on: '2026-10-02',
        what: 'Anonymised destinations',
        lawful_basis: 'public-task',
        created_at: createdAt,
      });
      expect(() => addRequest(sqlite, 'request-2', 'client-missing')).toThrow(/FOREIGN KEY constraint failed/);
    });
  },
);

describeMigration(
  '0008_disclosures_append_only',
  'stops the disclosure log being edited or deleted, keeping the entries in it',
  () => {
    it('keeps every entry, refuses edits and deletes, and still lets erasure anonymise an entry', async () => {
      const old = await vaultBefore('0008_disclosures_append_only');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      const toSchool = addDisclosure(old, 'client-01', 'Northfield Academy');
      const toCollege = addDisclosure(old, 'client-01', 'Leeds City College');
      const before = snapshotBefore(old, 'disclosures');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(() => sqlite.prepare('DELETE FROM disclosures WHERE id = ?').run(toSchool)).toThrow(
        'The disclosure log cannot be deleted from.',
      );
      expect(() =>
        sqlite.prepare(`UPDATE disclosures SET recipient = 'Someone else' WHERE id = ?`).run(toSchool),
      ).toThrow('The disclosure log cannot be edited.');
      expect(() =>
        sqlite.prepare(`UPDATE disclosures SET disclosed_on = '2026-01-01' WHERE id = ?`).run(toCollege),
      ).toThrow('The disclosure log cannot be edited.');
      anonymiseDisclosure(sqlite, toCollege);
      expect(rowOf(sqlite, 'disclosures', 'id = ?', toCollege)).toMatchObject({
        client_id: null,
        is_anonymised: 1,
        what: 'Record erased',
        recipient: 'Leeds City College',
        disclosed_on: '2026-10-01',
      });
      expect(sqlite.prepare('SELECT count(*) AS entries FROM disclosures').get()).toEqual({ entries: 2 });
    });
  },
);

describeMigration(
  '0009_withholdings',
  'adds what a subject-access bundle withholds, keeping clients and requests',
  () => {
    it('keeps clients and requests, and records each withheld record once', async () => {
      const old = await vaultBefore('0009_withholdings');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addRequest(old, 'request-1', 'client-01', { is_identity_checked: 1, status: 'in-progress' });
      const before = snapshotBefore(old, 'clients', 'subject_access_requests');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      const withheld = {
        client_id: 'client-01',
        kind: 'safeguarding',
        record_key: 'concern-1',
        note: 'Third-party information',
        created_at: createdAt,
      };
      insertRow(sqlite, 'withholdings', { id: 'withholding-1', ...withheld });
      expect(() => insertRow(sqlite, 'withholdings', { id: 'withholding-2', ...withheld })).toThrow(
        /UNIQUE constraint failed/,
      );
      expect(() =>
        insertRow(sqlite, 'withholdings', { ...withheld, id: 'withholding-3', client_id: 'client-missing' }),
      ).toThrow(/FOREIGN KEY constraint failed/);
    });
  },
);

describeMigration(
  '0010_retention_decisions',
  'adds decisions to keep a client’s records longer, keeping clients',
  () => {
    it('keeps the clients, and records a decision for one, found by client and date', async () => {
      const old = await vaultBefore('0010_retention_decisions');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      const before = snapshotBefore(old, 'clients');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      insertRow(sqlite, 'retention_decisions', {
        id: 'decision-1',
        client_id: 'client-01',
        decided_on: '2026-10-01',
        reason: 'Ongoing complaint',
        review_on: '2027-10-01',
        created_at: createdAt,
      });
      expect(() =>
        insertRow(sqlite, 'retention_decisions', {
          id: 'decision-2',
          client_id: 'client-missing',
          decided_on: '2026-10-01',
          reason: 'x',
          review_on: '2027-10-01',
          created_at: createdAt,
        }),
      ).toThrow(/FOREIGN KEY constraint failed/);
      expect(
        sqlite.prepare(`SELECT name FROM pragma_index_info('retention_decisions_client') ORDER BY seqno`).all(),
      ).toEqual([{ name: 'client_id' }, { name: 'created_at' }]);
    });
  },
);

describeMigration('0011_rectifications', 'adds the log of corrected client details, keeping clients', () => {
  it('keeps the clients, and logs a correction with the reason optional', async () => {
    const old = await vaultBefore('0011_rectifications');
    addSchool(old);
    addClient(old, 'client-01', 'Nowak', 'Zofia');
    const before = snapshotBefore(old, 'clients');

    const sqlite = await migrate();
    expectKept(before, sqlite);
    insertRow(sqlite, 'rectifications', { client_id: 'client-01', field: 'dateOfBirth', changed_at: createdAt });
    expect(sqlite.prepare('SELECT client_id, field, reason FROM rectifications').all()).toEqual([
      { client_id: 'client-01', field: 'dateOfBirth', reason: '' },
    ]);
    expect(() =>
      insertRow(sqlite, 'rectifications', { client_id: 'client-missing', field: 'surname', changed_at: createdAt }),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });
});

describeMigration(
  '0012_disclosures_anonymise_recipient',
  'lets erasure rewrite a disclosure’s recipient as it anonymises it, once, keeping the log append-only',
  () => {
    it('keeps every entry, allows the recipient to change only while anonymising, and refuses every other edit', async () => {
      const old = await vaultBefore('0012_disclosures_anonymise_recipient');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      const toParent = addDisclosure(old, 'client-01', 'Mrs Nowak');
      const toSchool = addDisclosure(old, 'client-01', 'Northfield Academy');
      const erasedEarlier = addDisclosure(old, 'client-01', 'Mr Nowak');
      anonymiseDisclosure(old, erasedEarlier);
      // Before: anonymising could not take the family name out of the recipient.
      expect(() => anonymiseDisclosure(old, toParent, 'A parent')).toThrow('The disclosure log cannot be edited.');
      const before = snapshotBefore(old, 'disclosures');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      anonymiseDisclosure(sqlite, toParent, 'A parent');
      expect(rowOf(sqlite, 'disclosures', 'id = ?', toParent)).toMatchObject({
        client_id: null,
        is_anonymised: 1,
        recipient: 'A parent',
        disclosed_on: '2026-10-01',
      });
      // Once anonymised, the recipient is fixed: an entry anonymised before this version keeps the recipient it had.
      expect(() => anonymiseDisclosure(sqlite, toParent, 'Someone')).toThrow('The disclosure log cannot be edited.');
      expect(() => anonymiseDisclosure(sqlite, erasedEarlier, 'A parent')).toThrow(
        'The disclosure log cannot be edited.',
      );
      expect(() =>
        sqlite.prepare(`UPDATE disclosures SET recipient = 'Someone else' WHERE id = ?`).run(toSchool),
      ).toThrow('The disclosure log cannot be edited.');
      expect(() => sqlite.prepare('DELETE FROM disclosures WHERE id = ?').run(toSchool)).toThrow(
        'The disclosure log cannot be deleted from.',
      );
      expect(rowOf(sqlite, 'disclosures', 'id = ?', toSchool)).toEqual(before.rows.disclosures?.[1]);
    });
  },
);

describeMigration('0013_interviews_unfinished', 'finds unfinished interviews from an index, keeping interviews', () => {
  // listDrafts in main/services/interviews asks this, with a literal 0 so the partial index fits.
  const drafts = 'SELECT id FROM interviews WHERE is_finished = 0 ORDER BY updated_at DESC';

  it('keeps every interview, and finds the unfinished ones, newest first, without reading the rest', async () => {
    const old = await vaultBefore('0013_interviews_unfinished');
    addSchool(old);
    addClient(old, 'client-01', 'Nowak', 'Zofia');
    for (const [id, isFinished, updatedAt] of [
      ['interview-finished', 1, '2026-10-06T10:00:00.000Z'],
      ['interview-older-draft', 0, '2026-10-04T10:00:00.000Z'],
      ['interview-draft', 0, '2026-10-05T10:00:00.000Z'],
    ] as const) {
      insertRow(old, 'interviews', {
        id,
        client_id: 'client-01',
        held_on: updatedAt.slice(0, 10),
        created_at: createdAt,
        template_name: 'GROW',
        is_finished: isFinished,
        updated_at: updatedAt,
      });
    }
    expect(queryPlan(old, drafts).join('\n')).not.toMatch(/interviews_unfinished/);
    const before = snapshotBefore(old, 'interviews');

    const sqlite = await migrate();
    expectKept(before, sqlite);
    expect(queryPlan(sqlite, drafts).join('\n')).toMatch(/USING INDEX interviews_unfinished/);
    expect(sqlite.prepare(drafts).all()).toEqual([{ id: 'interview-draft' }, { id: 'interview-older-draft' }]);
  });
});

describeMigration(
  '0014_first_week',
  'adds contacts, safeguarding, group sessions and to-do states, and identity checks to requests, keeping existing requests',
  () => {
    it('keeps schools, consents and requests, with the new columns empty, and the new tables take rows for them', async () => {
      const old = await vaultBefore('0014_first_week');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addPlan(old, 'plan-1', 'client-01');
      insertRow(old, 'consents', {
        id: 'consent-1',
        client_id: 'client-01',
        has_explained_confidentiality: 1,
        agreements: '{"share-with-school":true}',
        given_by: 'parent-carer',
        given_on: '2026-10-01',
        method: 'written',
        created_at: createdAt,
      });
      addRequest(old, 'request-checked', 'client-01', { is_identity_checked: 1, status: 'in-progress' });
      addRequest(old, 'request-completed', 'client-01', { status: 'completed', completed_on: '2026-10-20' });
      const before = snapshotBefore(old, 'organisations', 'consents', 'subject_access_requests', 'action_plans');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(rowOf(sqlite, 'organisations', 'id = ?', 'org-northfield')).toMatchObject({
        safeguarding_lead_name: '',
        safeguarding_lead_phone: '',
        safeguarding_lead_email: '',
        deputy_safeguarding_lead_name: '',
        deputy_safeguarding_lead_phone: '',
        deputy_safeguarding_lead_email: '',
      });
      expect(rowOf(sqlite, 'consents', 'id = ?', 'consent-1')).toMatchObject({ given_by_contact_id: null });
      const noIdentityCheckRecorded = {
        identity_checked_by: '',
        identity_check_method: '',
        identity_checked_on: null,
        requester_address: '',
        requester_contact_id: null,
        sent_on: null,
      };
      expect(rowOf(sqlite, 'subject_access_requests', 'id = ?', 'request-checked')).toMatchObject({
        ...noIdentityCheckRecorded,
        is_identity_checked: 1,
        status: 'in-progress',
      });
      // Not back-filled: a request completed before this version has no day it was sent.
      expect(rowOf(sqlite, 'subject_access_requests', 'id = ?', 'request-completed')).toMatchObject({
        ...noIdentityCheckRecorded,
        is_identity_checked: 0,
        completed_on: '2026-10-20',
      });
      // Today's register reads the old request: checked, but without who, how and when, which must be recorded before sending.
      expect(openRequests(currentStep().database())).toEqual([
        expect.objectContaining({
          id: 'request-checked',
          isIdentityChecked: true,
          identityCheckedOn: null,
          sentOn: null,
        }),
      ]);

      insertRow(sqlite, 'client_contacts', {
        id: 'contact-1',
        client_id: 'client-01',
        name: 'Anna Nowak',
        created_at: createdAt,
        updated_at: createdAt,
      });
      expect(rowOf(sqlite, 'client_contacts', 'id = ?', 'contact-1')).toMatchObject({
        relationship: '',
        phone: '',
        email: '',
        has_parental_responsibility: 0,
        contact_preferences: '',
      });
      insertRow(sqlite, 'safeguarding_concerns', {
        id: 'concern-1',
        client_id: 'client-01',
        raised_on: '2026-11-02',
        what_happened: 'Disclosed at interview',
        created_at: createdAt,
        updated_at: createdAt,
      });
      expect(rowOf(sqlite, 'safeguarding_concerns', 'id = ?', 'concern-1')).toMatchObject({
        reported_to: '',
        reported_at: null,
        reference: '',
      });
      insertRow(sqlite, 'group_sessions', {
        id: 'session-1',
        organisation_id: 'org-northfield',
        held_on: '2026-11-03',
        kind: 'careers-talk',
        created_at: createdAt,
        updated_at: createdAt,
      });
      expect(rowOf(sqlite, 'group_sessions', 'id = ?', 'session-1')).toMatchObject({
        title: '',
        minutes: null,
        notes: '',
      });
      insertRow(sqlite, 'group_session_attendees', { session_id: 'session-1', client_id: 'client-01' });
      expect(() =>
        insertRow(sqlite, 'group_session_attendees', { session_id: 'session-missing', client_id: 'client-01' }),
      ).toThrow(/FOREIGN KEY constraint failed/);
      insertRow(sqlite, 'adviser_action_states', {
        plan_id: 'plan-1',
        action_id: 'goal-0',
        done_on: '2026-11-04',
        updated_at: createdAt,
      });
      expect(() =>
        insertRow(sqlite, 'adviser_action_states', {
          plan_id: 'plan-missing',
          action_id: 'goal-0',
          updated_at: createdAt,
        }),
      ).toThrow(/FOREIGN KEY constraint failed/);
    });
  },
);

describeMigration(
  '0015_business',
  'adds the diary, appointments, invoices and termly reports, and says what each agreement bought in its own unit, keeping agreements',
  () => {
    it('keeps agreements, reads 12 days as 12 days and 40 hours as 40 hours, and the new tables take a day, a booking and an invoice', async () => {
      const old = await vaultBefore('0015_business');
      addSchool(old);
      addSchool(old, 'org-hillside');
      addSchool(old, 'org-no-terms');
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      insertRow(old, 'agreements', {
        organisation_id: 'org-northfield',
        services: '[]',
        days_per_year: 12,
        rate_pence: 35_000,
        rate_unit: 'day',
      });
      insertRow(old, 'agreements', { organisation_id: 'org-hillside', services: '[]', hours_per_year: 40 });
      insertRow(old, 'agreements', { organisation_id: 'org-no-terms', services: '[]' });
      const before = snapshotBefore(old, 'organisations', 'agreements', 'clients');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      const newDefaults = {
        hours_per_day: 6,
        does_non_attendance_count: 1,
        payment_days: 30,
        billing_name: '',
        billing_address: '',
        purchase_order: '',
      };
      expect(rowOf(sqlite, 'agreements', 'organisation_id = ?', 'org-northfield')).toMatchObject({
        ...newDefaults,
        bought_unit: 'day',
        bought_quantity: 12,
        rate_pence: 35_000,
      });
      expect(rowOf(sqlite, 'agreements', 'organisation_id = ?', 'org-hillside')).toMatchObject({
        ...newDefaults,
        bought_unit: 'hour',
        bought_quantity: 40,
      });
      expect(rowOf(sqlite, 'agreements', 'organisation_id = ?', 'org-no-terms')).toMatchObject({
        ...newDefaults,
        bought_unit: null,
        bought_quantity: null,
      });

      insertRow(sqlite, 'diary_sessions', {
        id: 'day-1',
        organisation_id: 'org-northfield',
        held_on: '2026-12-03',
        starts_at: '09:00',
        ends_at: '15:30',
        kind: 'interviews',
        created_at: createdAt,
        updated_at: createdAt,
      });
      expect(rowOf(sqlite, 'diary_sessions', 'id = ?', 'day-1')).toMatchObject({
        slot_minutes: 45,
        room: '',
        notes: '',
        sequence: 0,
      });
      insertRow(sqlite, 'appointments', {
        id: 'booking-1',
        session_id: 'day-1',
        client_id: 'client-01',
        starts_at: '09:00',
        created_at: createdAt,
        updated_at: createdAt,
      });
      expect(rowOf(sqlite, 'appointments', 'id = ?', 'booking-1')).toMatchObject({
        minutes: 45,
        status: 'booked',
        interview_id: null,
        sequence: 0,
      });
      expect(() =>
        insertRow(sqlite, 'appointments', {
          id: 'booking-2',
          session_id: 'day-missing',
          client_id: 'client-01',
          starts_at: '09:45',
          created_at: createdAt,
          updated_at: createdAt,
        }),
      ).toThrow(/FOREIGN KEY constraint failed/);

      const invoice = {
        organisation_id: 'org-northfield',
        invoice_date: '2026-12-31',
        due_on: '2027-01-30',
        created_at: createdAt,
        updated_at: createdAt,
      };
      insertRow(sqlite, 'invoices', { ...invoice, id: 'invoice-1', number: 'INV-0001' });
      expect(rowOf(sqlite, 'invoices', 'id = ?', 'invoice-1')).toMatchObject({
        kind: 'invoice',
        status: 'draft',
        purchase_order: '',
        issuer: '{}',
        total_pence: 0,
      });
      expect(() => insertRow(sqlite, 'invoices', { ...invoice, id: 'invoice-2', number: 'INV-0001' })).toThrow(
        /UNIQUE constraint failed/,
      );
      insertRow(sqlite, 'invoice_lines', {
        id: 'line-1',
        invoice_id: 'invoice-1',
        position: 0,
        description: 'Careers guidance',
        quantity: 1,
        unit: 'day',
        rate_pence: 35_000,
        amount_pence: 35_000,
      });
      expect(rowOf(sqlite, 'invoice_lines', 'id = ?', 'line-1')).toMatchObject({
        vat: 'no-vat',
        supplied_on: null,
        diary_session_id: null,
      });

      const report = {
        organisation_id: 'org-northfield',
        period_from: '2026-09-01',
        period_to: '2026-12-19',
        created_at: createdAt,
        updated_at: createdAt,
      };
      insertRow(sqlite, 'termly_reports', { ...report, id: 'report-1' });
      expect(rowOf(sqlite, 'termly_reports', 'id = ?', 'report-1')).toMatchObject({
        comments: '',
        recommendations: '',
      });
      expect(() => insertRow(sqlite, 'termly_reports', { ...report, id: 'report-2' })).toThrow(
        /UNIQUE constraint failed/,
      );
    });
  },
);

describeMigration(
  '0016_outcomes',
  'adds destinations, offers, activities and ratings, priority-group flags and postcodes to clients, and a URN to schools, keeping clients and interviews',
  () => {
    it('keeps clients and interviews with the new flags off, old competency tags read as the Blueprint, and the new histories take rows for a client', async () => {
      const old = await vaultBefore('0016_outcomes');
      addSchool(old);
      addClient(old, 'client-01', "O'Neill", 'Siân');
      insertRow(old, 'interviews', {
        id: 'interview-1',
        client_id: 'client-01',
        organisation_id: 'org-northfield',
        held_on: '2026-10-01',
        created_at: createdAt,
        competencies: '["self-awareness"]',
        intended_destination: 'College, to study art',
      });
      const before = snapshotBefore(old, 'organisations', 'clients', 'interviews');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(rowOf(sqlite, 'clients', 'id = ?', 'client-01')).toMatchObject({
        is_looked_after: 0,
        is_young_carer: 0,
        has_english_as_additional_language: 0,
        postcode: '',
        left_in_year: null,
      });
      expect(rowOf(sqlite, 'organisations', 'id = ?', 'org-northfield')).toMatchObject({ urn: '' });
      // The free text stays as it was typed, beside the tags that now say whose they are.
      expect(rowOf(sqlite, 'interviews', 'id = ?', 'interview-1')).toMatchObject({
        competency_framework: 'blueprint',
        competencies: '["self-awareness"]',
        intended_destination: 'College, to study art',
      });

      insertRow(sqlite, 'intended_destinations', {
        id: 'intended-1',
        client_id: 'client-01',
        recorded_on: '2026-10-01',
        code: '230',
        code_list_version: '2025-26',
        interview_id: 'interview-1',
        created_at: createdAt,
      });
      expect(rowOf(sqlite, 'intended_destinations', 'id = ?', 'intended-1')).toMatchObject({
        provider: '',
        course: '',
        level: '',
        source: 'client',
      });
      insertRow(sqlite, 'guarantee_offers', {
        id: 'offer-1',
        client_id: 'client-01',
        year_group: 11,
        status: 'offer-made',
        recorded_on: '2026-09-20',
        created_at: createdAt,
      });
      expect(rowOf(sqlite, 'guarantee_offers', 'id = ?', 'offer-1')).toMatchObject({ provider: '' });
      insertRow(sqlite, 'activities', {
        id: 'activity-1',
        client_id: 'client-01',
        code: '230',
        code_list_version: '2025-26',
        created_at: createdAt,
      });
      expect(rowOf(sqlite, 'activities', 'id = ?', 'activity-1')).toMatchObject({
        starts_on: null,
        verified_on: null,
        verified_how: '',
      });
      insertRow(sqlite, 'competency_ratings', {
        id: 'rating-1',
        client_id: 'client-01',
        rated_on: '2026-10-01',
        framework: 'cdi',
        competency: 'explore-possibilities',
        scale: 'levels-1-4',
        rating: 2,
        source: 'self-assessment',
        created_at: createdAt,
      });
      expect(rowOf(sqlite, 'competency_ratings', 'id = ?', 'rating-1')).toMatchObject({
        interview_id: null,
        rating: 2,
      });
      expect(() =>
        insertRow(sqlite, 'activities', {
          id: 'activity-2',
          client_id: 'client-missing',
          code: '230',
          code_list_version: '2025-26',
          created_at: createdAt,
        }),
      ).toThrow(/FOREIGN KEY constraint failed/);
    });
  },
);

describeMigration(
  '0017_client_reading_needs',
  'records the language of a client’s plans and whether their documents are dyslexia-friendly, keeping clients',
  () => {
    it('keeps every client with English plans in the standard style, and takes Welsh, bilingual and dyslexia-friendly', async () => {
      const old = await vaultBefore('0017_client_reading_needs');
      addSchool(old);
      addClient(old, 'client-01', 'Pritchard', 'Siân');
      addClient(old, 'client-02', 'Hughes', 'Dafydd');
      const before = snapshotBefore(old, 'organisations', 'clients');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(rowOf(sqlite, 'clients', 'id = ?', 'client-01')).toMatchObject({
        plan_language: 'en',
        is_dyslexia_friendly: 0,
      });
      sqlite
        .prepare(`UPDATE clients SET plan_language = 'bilingual', is_dyslexia_friendly = 1 WHERE id = ?`)
        .run('client-02');
      expect(rowOf(sqlite, 'clients', 'id = ?', 'client-02')).toMatchObject({
        plan_language: 'bilingual',
        is_dyslexia_friendly: 1,
      });
    });
  },
);

describeMigration(
  '0018_sync',
  'adds the sync bookkeeping and the triggers that mark each changed record for the next sync, keeping every row',
  () => {
    it('marks every record there before for the first sync, and every later change, upserts included', async () => {
      const old = await vaultBefore('0018_sync');
      addSchool(old);
      addClient(old, 'client-01', "O'Neill", 'Siân');
      insertRow(old, 'settings', { key: 'practice.details', value: '{}' });
      insertRow(old, 'settings', { key: 'backups.folder', value: '"/media/usb"' });
      const before = snapshotBefore(old, 'organisations', 'clients', 'settings');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      const outbox = () =>
        (sqlite.prepare('SELECT entity FROM sync_outbox ORDER BY entity').all() as { entity: string }[]).map(
          (row) => row.entity,
        );
      expect(outbox()).toEqual(['client:client-01', 'practice']);

      sqlite.prepare('DELETE FROM sync_outbox').run();
      // This computer's backup folder is its own business: no sync for it.
      sqlite.prepare(`UPDATE settings SET value = '"/media/other"' WHERE key = 'backups.folder'`).run();
      expect(outbox()).toEqual([]);
      sqlite.prepare(`UPDATE clients SET phone = '07700 900001' WHERE id = 'client-01'`).run();
      // An upsert imposes its own conflict handling on the triggers it fires: they must not clash with it.
      const upsert = sqlite.prepare(
        `INSERT INTO settings (key, value) VALUES (?, '{}') ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      );
      upsert.run('practice.details');
      upsert.run('practice.details');
      expect(outbox()).toEqual(['client:client-01', 'practice']);
      expect(tableNames(sqlite)).toEqual(
        expect.arrayContaining(['sync_documents', 'sync_outbox', 'sync_row_ids', 'sync_conflicts']),
      );
    });

    it('holds the triggers the synced tables list makes today, so the two cannot drift apart', async () => {
      await vaultBefore('0018_sync');
      const sqlite = await migrate();
      const triggers = sqlite
        .prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_outbox_%' ORDER BY name`)
        .all() as { sql: string }[];
      const expected = outboxTriggers()
        .map((statement) => statement.replace(/;\nEND;$/, ';\nEND'))
        .sort((a, b) => (a.split('`')[1] ?? '').localeCompare(b.split('`')[1] ?? ''));
      expect(triggers.map((row) => row.sql)).toEqual(expected);
    });
  },
);

describeMigration(
  '0019_sync_unsent_index',
  'indexes the documents changed since last sent, so a sync finds them without reading every saved document',
  () => {
    it('keeps every synced document, and finds exactly the unsent ones through the index', async () => {
      const old = await vaultBefore('0019_sync_unsent_index');
      const document = (id: string, heads: string, sentHeads: string) =>
        insertRow(old, 'sync_documents', {
          document_id: id,
          entity: `client:${id}`,
          state: Buffer.alloc(3000, 7),
          heads,
          sent_heads: sentHeads,
        });
      document('sent', '["a1"]', '["a1"]');
      document('edited-here', '["b2"]', '["b1"]');
      document('never-sent', '["c1"]', '[]');
      const before = snapshotBefore(old, 'sync_documents');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      const unsent = `SELECT document_id AS id FROM sync_documents WHERE entity <> 'catalog' AND heads <> sent_heads`;
      expect((sqlite.prepare(unsent).all() as { id: string }[]).map((row) => row.id).sort()).toEqual([
        'edited-here',
        'never-sent',
      ]);
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${unsent}`).all() as { detail: string }[];
      expect(plan.map((step) => step.detail).join('; ')).toContain('USING INDEX sync_documents_unsent');
    });
  },
);

describeMigration(
  '0020_plan_adviser_actions',
  "keeps the adviser's open actions of each plan's current content in a table of their own, kept by triggers, keeping plans",
  () => {
    const action = (id: string, owner: string, status: string, dueOn: string | null) => ({
      id,
      text: `Action ${id}`,
      owner: { kind: owner },
      status,
      dueOn,
    });
    const content = (...actions: ReturnType<typeof action>[]) => JSON.stringify({ actions });
    const openActions = (sqlite: Awaited<ReturnType<typeof migrate>>) =>
      sqlite
        .prepare(
          'SELECT plan_id, client_id, position, action_id, text, due_on FROM plan_adviser_actions ORDER BY plan_id, position',
        )
        .all();

    it("lists each plan's open adviser actions from its latest version, or its draft before one, and follows every later write", async () => {
      const old = await vaultBefore('0020_plan_adviser_actions');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addClient(old, 'client-02', "O'Neill", 'Siân');
      const plan = (id: string, clientId: string, draft: string) =>
        insertRow(old, 'action_plans', {
          id,
          client_id: clientId,
          draft,
          created_at: createdAt,
          updated_at: createdAt,
        });
      plan(
        'plan-draft',
        'client-01',
        content(
          action('a1', 'adviser', 'not-started', '2026-12-04'),
          action('a2', 'client', 'not-started', null),
          action('a3', 'adviser', 'done', null),
          action('a4', 'adviser', 'in-progress', null),
        ),
      );
      plan('plan-versioned', 'client-02', content(action('d1', 'adviser', 'not-started', null)));
      insertRow(old, 'plan_versions', {
        plan_id: 'plan-versioned',
        number: 1,
        content: content(action('v1', 'adviser', 'not-started', '2026-11-20')),
        finalised_at: createdAt,
      });
      const before = snapshotBefore(old, 'action_plans', 'plan_versions');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(openActions(sqlite)).toEqual([
        {
          plan_id: 'plan-draft',
          client_id: 'client-01',
          position: 0,
          action_id: 'a1',
          text: 'Action a1',
          due_on: '2026-12-04',
        },
        {
          plan_id: 'plan-draft',
          client_id: 'client-01',
          position: 3,
          action_id: 'a4',
          text: 'Action a4',
          due_on: null,
        },
        {
          plan_id: 'plan-versioned',
          client_id: 'client-02',
          position: 0,
          action_id: 'v1',
          text: 'Action v1',
          due_on: '2026-11-20',
        },
      ]);

      // A draft edited after a version counts for nothing; before any version, it is the plan.
      sqlite.prepare('UPDATE action_plans SET draft = ? WHERE id = ?').run(content(), 'plan-versioned');
      sqlite
        .prepare('UPDATE action_plans SET draft = ? WHERE id = ?')
        .run(
          content(action('a1', 'adviser', 'dropped', null), action('a5', 'adviser', 'not-started', null)),
          'plan-draft',
        );
      insertRow(sqlite, 'plan_versions', {
        plan_id: 'plan-versioned',
        number: 2,
        content: content(action('v1', 'adviser', 'done', null), action('v2', 'adviser', 'not-started', null)),
        finalised_at: createdAt,
      });
      expect(openActions(sqlite)).toEqual([
        {
          plan_id: 'plan-draft',
          client_id: 'client-01',
          position: 1,
          action_id: 'a5',
          text: 'Action a5',
          due_on: null,
        },
        {
          plan_id: 'plan-versioned',
          client_id: 'client-02',
          position: 1,
          action_id: 'v2',
          text: 'Action v2',
          due_on: null,
        },
      ]);

      // Erasing a client removes their plan's versions, then the plan: nothing of it is left here.
      sqlite.prepare('DELETE FROM plan_versions WHERE plan_id = ?').run('plan-versioned');
      expect(openActions(sqlite)).toEqual([
        {
          plan_id: 'plan-draft',
          client_id: 'client-01',
          position: 1,
          action_id: 'a5',
          text: 'Action a5',
          due_on: null,
        },
      ]);
      sqlite.prepare('DELETE FROM action_plans WHERE id = ?').run('plan-versioned');
      sqlite.prepare('DELETE FROM action_plans WHERE id = ?').run('plan-draft');
      expect(openActions(sqlite)).toEqual([]);
    });
  },
);

describeMigration(
  '0021_name_index',
  'moves people and organisations into a search index of their own, keeping every record findable and search_rows right',
  () => {
    it('finds the same records after it, names from one letter and notes from three, and removes a moved name by its old rowid', async () => {
      const old = await vaultBefore('0021_name_index');
      const index = (kind: string, recordId: string, text: string) => {
        const indexed = old
          .prepare('INSERT INTO search_index (kind, record_id, text) VALUES (?, ?, ?)')
          .run(kind, recordId, text);
        insertRow(old, 'search_rows', { record_key: `${kind}:${recordId}`, fts_rowid: indexed.lastInsertRowid });
      };
      index('client', 'client-01', 'sian oneill b123456789012 northfield academy');
      index('interview', 'interview-01', 'wants to be a midwife siobhan from the hospital came in');
      index('organisation', 'org-northfield', 'northfield academy');
      index('plan', 'plan-01', 'visit the hospital open day');
      const before = snapshotBefore(old, 'search_rows');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      const rowsOf = (table: string) =>
        sqlite.prepare(`SELECT rowid AS rowid, kind, record_id AS recordId FROM ${table} ORDER BY rowid`).all();
      const rowidOf = (key: string) => before.rows.search_rows?.find((row) => row.record_key === key)?.fts_rowid;
      expect(rowsOf('name_index')).toEqual([
        { rowid: rowidOf('client:client-01'), kind: 'client', recordId: 'client-01' },
        { rowid: rowidOf('organisation:org-northfield'), kind: 'organisation', recordId: 'org-northfield' },
      ]);
      expect(rowsOf('search_index')).toEqual([
        { rowid: rowidOf('interview:interview-01'), kind: 'interview', recordId: 'interview-01' },
        { rowid: rowidOf('plan:plan-01'), kind: 'plan', recordId: 'plan-01' },
      ]);

      // Two letters look at names alone, even where a note has a word starting so; three look at both.
      expect(findRecords(sqlite, 'si', 10)).toEqual([{ kind: 'client', recordId: 'client-01' }]);
      expect(findRecords(sqlite, 'sio', 10)).toEqual([{ kind: 'interview', recordId: 'interview-01' }]);
      expect(findRecords(sqlite, 'hospital', 10)).toEqual([
        { kind: 'plan', recordId: 'plan-01' },
        { kind: 'interview', recordId: 'interview-01' },
      ]);
      expect(
        findRecords(sqlite, 'northfield', 10)
          .map((hit) => hit.kind)
          .sort(),
      ).toEqual(['client', 'organisation']);

      // search_rows still leads to the right row in the right index.
      removeRecord(sqlite, 'client', 'client-01');
      expect(findRecords(sqlite, 'sian', 10)).toEqual([]);
      expect(findRecords(sqlite, 'northfield', 10)).toEqual([{ kind: 'organisation', recordId: 'org-northfield' }]);
      indexRecord(sqlite, 'interview', 'interview-01', ['Now wants to be a paramedic']);
      expect(findRecords(sqlite, 'midwife', 10)).toEqual([]);
      expect(findRecords(sqlite, 'paramedic', 10)).toEqual([{ kind: 'interview', recordId: 'interview-01' }]);
    });
  },
);

describeMigration(
  '0022_clients_organisation_id',
  "indexes each school's pupils by id, so the reports find them without reading every pupil's row",
  () => {
    it("keeps every pupil, and lists exactly one school's pupils from the index alone", async () => {
      const old = await vaultBefore('0022_clients_organisation_id');
      addSchool(old);
      addSchool(old, 'org-riverside');
      addClient(old, 'client-01', "O'Neill", 'Siân');
      addClient(old, 'client-02', 'Nowak', 'Zofia', 'org-riverside');
      addClient(old, 'client-03', 'Evans', 'Rhys');
      const before = snapshotBefore(old, 'clients');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      const pupilsOf = `SELECT id FROM clients WHERE organisation_id = ? ORDER BY id`;
      expect(sqlite.prepare(pupilsOf).all('org-northfield')).toEqual([{ id: 'client-01' }, { id: 'client-03' }]);
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${pupilsOf}`).all('org-northfield') as { detail: string }[];
      expect(plan.map((step) => step.detail).join('; ')).toContain('USING COVERING INDEX clients_organisation_id');
    });
  },
);

describeMigration(
  '0023_plan_version_withholding_keys',
  'names a withheld plan version by its plan and number, the same on every computer, rather than its row number',
  () => {
    it('renames each plan-version mark to its version, and leaves every other mark as it was', async () => {
      const old = await vaultBefore('0023_plan_version_withholding_keys');
      addSchool(old);
      addClient(old, 'client-01', 'Nowak', 'Zofia');
      addPlan(old, 'plan-1', 'client-01');
      // Row numbers that differ from the version numbers, as on a computer that has synced other plans.
      const [first, second] = [7, 12];
      for (const [id, number] of [
        [first, 1],
        [second, 2],
      ] as const)
        insertRow(old, 'plan_versions', {
          id,
          plan_id: 'plan-1',
          number,
          content: `{"goal":"Version ${number}"}`,
          finalised_at: createdAt,
        });
      const mark = (id: string, kind: string, recordKey: string) =>
        insertRow(old, 'withholdings', {
          id,
          client_id: 'client-01',
          kind,
          record_key: recordKey,
          note: 'Names a sibling',
          created_at: createdAt,
        });
      mark('mark-1', 'plan-version', String(second));
      mark('mark-2', 'plan-draft', 'plan-1');
      mark('mark-3', 'interview-action', String(first));
      mark('mark-4', 'plan-version', '999');
      const { rows, schema } = snapshotBefore(old, 'plan_versions', 'withholdings');
      const { withholdings: marksBefore = [], ...unchanged } = rows;

      const sqlite = await migrate();
      // Everything else as it was; the marks below, their other columns as they were.
      expectKept({ rows: unchanged, schema }, sqlite);
      expect(rowOf(sqlite, 'withholdings', 'id = ?', 'mark-1')).toEqual({
        ...marksBefore.find((mark) => mark.id === 'mark-1'),
        record_key: 'plan-1:2',
      });
      const marks = sqlite.prepare('SELECT id, kind, record_key AS recordKey FROM withholdings ORDER BY id').all();
      expect(marks).toEqual([
        { id: 'mark-1', kind: 'plan-version', recordKey: 'plan-1:2' },
        { id: 'mark-2', kind: 'plan-draft', recordKey: 'plan-1' },
        { id: 'mark-3', kind: 'interview-action', recordKey: String(first) },
        // A mark on no version there is left alone: it withholds nothing, before or after.
        { id: 'mark-4', kind: 'plan-version', recordKey: '999' },
      ]);
    });
  },
);

describeMigration(
  '0024_invoices_renumbered_from',
  'keeps the number an invoice went out with when sync renumbers one two computers numbered alike',
  () => {
    it('keeps every invoice as it was, with no earlier number, and keeps numbers unique', async () => {
      const old = await vaultBefore('0024_invoices_renumbered_from');
      addSchool(old);
      const invoice = {
        organisation_id: 'org-northfield',
        invoice_date: '2026-12-01',
        due_on: '2026-12-31',
        status: 'sent',
        created_at: createdAt,
        updated_at: createdAt,
      };
      insertRow(old, 'invoices', { ...invoice, id: 'invoice-1', number: 'INV-0001' });
      insertRow(old, 'invoices', { ...invoice, id: 'invoice-2', number: 'INV-0002', status: 'draft' });
      const before = snapshotBefore(old, 'invoices');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(sqlite.prepare('SELECT id, renumbered_from AS was FROM invoices ORDER BY id').all()).toEqual([
        { id: 'invoice-1', was: null },
        { id: 'invoice-2', was: null },
      ]);
      sqlite
        .prepare("UPDATE invoices SET number = 'INV-0003', renumbered_from = 'INV-0002' WHERE id = 'invoice-2'")
        .run();
      expect(rowOf(sqlite, 'invoices', 'id = ?', 'invoice-2')).toMatchObject({
        number: 'INV-0003',
        renumbered_from: 'INV-0002',
      });
      expect(() => insertRow(sqlite, 'invoices', { ...invoice, id: 'invoice-3', number: 'INV-0001' })).toThrow(
        /UNIQUE constraint failed/,
      );
    });
  },
);

describeMigration(
  '0025_invoices_corrected_copy_sent',
  'records when the corrected copy of a renumbered invoice went to the school',
  () => {
    it('keeps every invoice as it was, none yet marked as having its corrected copy sent', async () => {
      const old = await vaultBefore('0025_invoices_corrected_copy_sent');
      addSchool(old);
      insertRow(old, 'invoices', {
        id: 'invoice-2',
        number: 'INV-0003',
        renumbered_from: 'INV-0002',
        organisation_id: 'org-northfield',
        invoice_date: '2026-12-01',
        due_on: '2026-12-31',
        status: 'sent',
        created_at: createdAt,
        updated_at: createdAt,
      });
      const before = snapshotBefore(old, 'invoices');

      const sqlite = await migrate();
      expectKept(before, sqlite);
      expect(rowOf(sqlite, 'invoices', 'id = ?', 'invoice-2')).toMatchObject({
        renumbered_from: 'INV-0002',
        corrected_copy_sent_on: null,
      });
    });
  },
);

describe('the migrations', () => {
  it('each have a test in this file, in the order they run', () => {
    expect(covered).toEqual(migrationTags());
  });
});
