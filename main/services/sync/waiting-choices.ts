// The values changed on both computers that wait for the adviser's choice
// (sync_conflicts), as the client page lists them. Read from the table alone,
// so listing them never loads Automerge (see index.ts).
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

export type WaitingChoice = {
  id: { entity: string; table: string; rowKey: string; column: string };
  /** "Client details: phone" */
  label: string;
  values: { index: number; text: string }[];
  noticedAt: string;
};

/** The values changed on both computers for one client, for the client page to offer as a choice. */
export function listConflicts({ sqlite }: OpenVault, clientId: string): WaitingChoice[] {
  const entity = `client:${clientId}`;
  const rows = sqlite
    .prepare(
      `SELECT table_name AS "table", row_key AS rowKey, column_name AS "column", values_json AS valuesJson,
         noticed_at AS noticedAt
       FROM sync_conflicts WHERE entity = ? ORDER BY noticed_at, table_name, column_name`,
    )
    .all(entity) as (Waiting & { valuesJson: string; noticedAt: string })[];
  return rows.map(({ table, rowKey, column, valuesJson, noticedAt }) => ({
    id: { entity, table, rowKey, column },
    label: `${tableLabels[table] ?? words(table)}: ${words(column)}`,
    values: (JSON.parse(valuesJson) as unknown[]).map((value, index) => ({
      index,
      text: value === null || value === '' ? '(left blank)' : String(value),
    })),
    noticedAt,
  }));
}
