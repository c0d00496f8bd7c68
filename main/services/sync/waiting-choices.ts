// The values changed on both computers that wait for the adviser's choice
// (sync_conflicts), as the client page and the practice's page list them. Read
// from the tables alone, so listing them never loads Automerge (see index.ts).
import { adviserCheckLabels } from '../../../shared/caseload';
import { formatUkDate } from '../../../shared/dates';
import type { OpenVault } from '../../vault';

/** Which field of which row waits for a choice. */
export type Waiting = { table: string; rowKey: string; column: string };

const tableLabels: Record<string, string> = {
  clients: 'Client details',
  client_contacts: 'Contact',
  consents: 'Consent',
  interviews: 'Interview',
  interview_notes: 'Interview notes',
  interview_actions: 'Action agreed in an interview',
  action_plans: 'Action plan draft',
  appointments: 'Appointment',
  intended_destinations: 'Intended destination',
  activities: 'Activity',
  guarantee_offers: 'September Guarantee offer',
  safeguarding_concerns: 'Safeguarding concern',
  withholdings: 'Withheld from a subject-access bundle',
};

const words = (name: string) => name.replaceAll('_', ' ');

/**
 * The practice's records: the kind of record and which one, since a choice
 * about "phone" means nothing without the school it belongs to. Each names
 * its row from the tables as they are now; a row gone since names nothing.
 */
type Namer = (sqlite: OpenVault['sqlite'], rowKey: string) => string | undefined;
/** A namer from one SQL query that selects the name of the row with that key. */
const selecting =
  (sql: string): Namer =>
  (sqlite, rowKey) =>
    sqlite.prepare(sql).pluck().get(rowKey) as string | undefined;
const organisationName = selecting('SELECT name FROM organisations WHERE id = ?');
const heldAt =
  (table: string): Namer =>
  (sqlite, rowKey) => {
    const row = sqlite
      .prepare(
        `SELECT o.name, s.held_on AS heldOn FROM ${table} s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = ?`,
      )
      .get(rowKey) as { name: string; heldOn: string } | undefined;
    return row ? `${row.name}, ${formatUkDate(row.heldOn)}` : undefined;
  };

const practiceRecords: Record<string, { label: string; name: Namer }> = {
  organisations: { label: 'School or college', name: organisationName },
  organisation_contacts: {
    label: 'Contact',
    name: selecting(
      `SELECT c.name || ' at ' || o.name FROM organisation_contacts c JOIN organisations o ON o.id = c.organisation_id
       WHERE c.id = ?`,
    ),
  },
  agreements: { label: 'Agreement', name: organisationName },
  adviser_checks: {
    label: 'Your checks',
    name: (_, rowKey) => adviserCheckLabels[rowKey as keyof typeof adviserCheckLabels],
  },
  guidance_templates: {
    label: 'Guidance template',
    name: selecting('SELECT name FROM guidance_templates WHERE id = ?'),
  },
  diary_sessions: { label: 'Diary', name: heldAt('diary_sessions') },
  group_sessions: { label: 'Group session', name: heldAt('group_sessions') },
  invoices: { label: 'Invoice', name: selecting('SELECT number FROM invoices WHERE id = ?') },
  invoice_lines: {
    label: 'Invoice line',
    name: selecting('SELECT i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE l.id = ?'),
  },
  termly_reports: {
    label: 'Termly report',
    name: (sqlite, rowKey) => {
      const row = sqlite
        .prepare(
          `SELECT o.name, r.period_from AS periodFrom, r.period_to AS periodTo FROM termly_reports r
           JOIN organisations o ON o.id = r.organisation_id WHERE r.id = ?`,
        )
        .get(rowKey) as { name: string; periodFrom: string; periodTo: string } | undefined;
      return row ? `${row.name}, ${formatUkDate(row.periodFrom)} to ${formatUkDate(row.periodTo)}` : undefined;
    },
  },
  settings: {
    label: 'Setting',
    name: (_, rowKey) => settingNames[rowKey] ?? capitalised(fieldWords(rowKey)),
  },
  disclosures: { label: 'Disclosure log', name: () => undefined },
};

const settingNames: Record<string, string> = {
  adviserName: 'Your name',
  'invoices.details': 'Invoice details',
  'practice.details': 'Practice details',
  'retention.schedule': 'Retention schedule',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "vatNumber" is "VAT number" to the adviser; other names just lose their capitals. */
const fieldWords = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^vat\b/, 'VAT');

/**
 * A setting is kept as JSON: each value said as the adviser would read it, and for settings made of
 * several fields, only the fields that differ ("VAT number: GB123456789"), so the choice is plain.
 */
function settingTexts(values: unknown[]): string[] {
  const parsed = values.map((value) => {
    try {
      return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    } catch {
      return value;
    }
  });
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!parsed.every(isObject))
    return parsed.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  const keys = [...new Set(parsed.flatMap((value) => Object.keys(value)))];
  const differing = keys.filter((key) => new Set(parsed.map((value) => JSON.stringify(value[key]))).size > 1);
  return parsed.map((value) =>
    differing
      .map(
        (key) =>
          `${fieldWords(key)}: ${typeof value[key] === 'string' ? value[key] || '(left blank)' : JSON.stringify(value[key] ?? null)}`,
      )
      .join('; '),
  );
}

export type WaitingChoice = {
  id: { entity: string; table: string; rowKey: string; column: string };
  /** "Client details: phone", or for the practice "School or college (Northfield Academy): phone" */
  label: string;
  values: { index: number; text: string }[];
  noticedAt: string;
};

/** Whose values wait for a choice: a client's case file, or the practice's own records. */
export type ChoicesOf = { clientId: string } | { practice: true };

const entityOf = (of: ChoicesOf) => ('clientId' in of ? `client:${of.clientId}` : 'practice');

/** The values changed on both computers in one document, for the client page (or the practice's) to offer. */
export function listConflicts({ sqlite }: OpenVault, of: ChoicesOf): WaitingChoice[] {
  const entity = entityOf(of);
  const rows = sqlite
    .prepare(
      `SELECT table_name AS "table", row_key AS rowKey, column_name AS "column", values_json AS valuesJson,
         noticed_at AS noticedAt
       FROM sync_conflicts WHERE entity = ? ORDER BY noticed_at, table_name, column_name`,
    )
    .all(entity) as (Waiting & { valuesJson: string; noticedAt: string })[];
  const labelOf = (table: string, rowKey: string): string => {
    const record = entity === 'practice' ? practiceRecords[table] : undefined;
    if (!record) return tableLabels[table] ?? words(table);
    const name = record.name(sqlite, rowKey);
    return name ? `${record.label} (${name})` : record.label;
  };
  return rows.map(({ table, rowKey, column, valuesJson, noticedAt }) => {
    const values = JSON.parse(valuesJson) as unknown[];
    const isSetting = table === 'settings' && entity === 'practice';
    const texts = isSetting ? settingTexts(values) : values.map((value) => (value === null ? '' : String(value)));
    return {
      id: { entity, table, rowKey, column },
      // A setting has one value, so its column says nothing: "Setting (Invoice details)".
      label: isSetting ? labelOf(table, rowKey) : `${labelOf(table, rowKey)}: ${words(column)}`,
      values: texts.map((text, index) => ({ index, text: text === '' ? '(left blank)' : text })),
      noticedAt,
    };
  });
}

/** Where choices wait: each client with a count (by name, as the caseload lists them), and the practice's. */
export function listWaiting({ sqlite }: OpenVault): {
  clients: { clientId: string; name: string; count: number }[];
  practice: number;
} {
  const clients = sqlite
    .prepare(
      `SELECT c.id AS clientId,
         CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS name,
         count(*) AS count
       FROM sync_conflicts w JOIN clients c ON w.entity = 'client:' || c.id
       GROUP BY c.id ORDER BY c.surname, c.forename, c.id`,
    )
    .all() as { clientId: string; name: string; count: number }[];
  const practice = sqlite
    .prepare("SELECT count(*) FROM sync_conflicts WHERE entity = 'practice'")
    .pluck()
    .get() as number;
  return { clients, practice };
}
