// Which tables travel between an adviser's computers, and in which document.
// A client's case file is one document (`client:<id>`); the practice's own
// records are another (`practice`). This list is the one place that says so:
// the outbox triggers (migration 0018), reading a document's rows and writing
// them back are all made from it. Tables left out stay on this computer: the
// audit log, the search index, sync's own bookkeeping.

export type SyncedTable = {
  table: string;
  /** The columns that name a row; an `integer` key is replaced by a random id when it travels. */
  key: string[] | 'integer';
  /** SQL giving the row's document, with `$` standing for the row (NEW, OLD or the table itself). */
  entity: string;
  /** Long free text that two computers may both edit: merged as text rather than as one value. */
  text?: string[];
  /** Rows of this table that stay on this computer (SQL condition on `$`). */
  localOnly?: string;
  /** Rows never updated here (a trigger refuses it): one another computer changed is deleted and added again. */
  isImmutable?: true;
};

const client = (column = 'client_id') => `'client:' || $.${column}`;
const viaInterview = `'client:' || (SELECT client_id FROM interviews WHERE interviews.id = $.interview_id)`;
const viaPlan = `'client:' || (SELECT client_id FROM action_plans WHERE action_plans.id = $.plan_id)`;
const practice = `'practice'`;

/** Parents before children, so rows are written in this order and removed in the reverse. */
export const syncedTables: SyncedTable[] = [
  // The practice: schools and colleges first, since clients point at them.
  { table: 'organisations', key: ['id'], entity: practice },
  { table: 'organisation_contacts', key: ['id'], entity: practice },
  { table: 'agreements', key: ['organisation_id'], entity: practice },
  { table: 'adviser_checks', key: ['kind'], entity: practice },
  { table: 'guidance_templates', key: ['id'], entity: practice },
  { table: 'diary_sessions', key: ['id'], entity: practice, text: ['notes'] },
  { table: 'group_sessions', key: ['id'], entity: practice },
  { table: 'invoices', key: ['id'], entity: practice },
  { table: 'invoice_lines', key: ['id'], entity: practice },
  { table: 'termly_reports', key: ['id'], entity: practice },
  // Where backups go and where this computer syncs are this computer's business.
  { table: 'settings', key: ['key'], entity: practice, localOnly: `$.key LIKE 'backups.%' OR $.key LIKE 'sync.%'` },
  // A client's case file.
  { table: 'clients', key: ['id'], entity: client('id'), text: ['about_me'] },
  { table: 'provision_level_history', key: 'integer', entity: client() },
  { table: 'client_organisation_history', key: 'integer', entity: client() },
  { table: 'client_contacts', key: ['id'], entity: client() },
  { table: 'consents', key: ['id'], entity: client() },
  // An anonymised entry (its client erased) is the practice's record.
  {
    table: 'disclosures',
    key: 'integer',
    entity: `CASE WHEN $.client_id IS NULL THEN ${practice} ELSE ${client()} END`,
  },
  { table: 'subject_access_requests', key: ['id'], entity: client() },
  { table: 'retention_decisions', key: ['id'], entity: client() },
  { table: 'withholdings', key: ['id'], entity: client() },
  { table: 'safeguarding_concerns', key: ['id'], entity: client() },
  { table: 'rectifications', key: 'integer', entity: client() },
  { table: 'interviews', key: ['id'], entity: client() },
  { table: 'interview_notes', key: ['interview_id', 'stage_index'], entity: viaInterview, text: ['text'] },
  { table: 'interview_scores', key: 'integer', entity: viaInterview },
  { table: 'interview_actions', key: ['id'], entity: viaInterview },
  { table: 'attachments', key: ['id'], entity: viaInterview },
  { table: 'action_plans', key: ['id'], entity: client() },
  { table: 'plan_versions', key: 'integer', entity: viaPlan, isImmutable: true },
  { table: 'plan_images', key: ['id'], entity: viaPlan },
  { table: 'adviser_action_states', key: ['plan_id', 'action_id'], entity: viaPlan },
  { table: 'intended_destinations', key: ['id'], entity: client() },
  { table: 'guarantee_offers', key: ['id'], entity: client() },
  { table: 'activities', key: ['id'], entity: client() },
  { table: 'competency_ratings', key: ['id'], entity: client() },
  { table: 'appointments', key: ['id'], entity: client(), text: ['notes'] },
  { table: 'group_session_attendees', key: ['session_id', 'client_id'], entity: client() },
];

/** When a row was last saved: both computers' times are kept, but two differing is no choice for the adviser. */
export const bookkeepingColumns = new Set(['updated_at', 'saved_at']);

export const entityOf = (table: SyncedTable, row: string): string => table.entity.replaceAll('$', row);

/** The triggers that put a changed record's document in the outbox (migration 0018 holds their SQL). */
export function outboxTriggers(): string[] {
  return syncedTables.flatMap((table) =>
    (['INSERT', 'UPDATE', 'DELETE'] as const).flatMap((event) => {
      // An update can move a row to another document (an erased client's disclosure to the practice).
      const moves = table.entity.includes('$') || table.localOnly !== undefined;
      const rows = event === 'INSERT' ? ['NEW'] : event === 'DELETE' ? ['OLD'] : moves ? ['OLD', 'NEW'] : ['NEW'];
      return rows.map((row) => {
        const name = `sync_outbox_${table.table}_${event.toLowerCase()}_${row.toLowerCase()}`;
        const skip = table.localOnly ? ` WHERE NOT (${table.localOnly.replaceAll('$', row)})` : '';
        const select = `SELECT ${entityOf(table, row)} AS entity${skip}`;
        return [
          `CREATE TRIGGER \`${name}\` AFTER ${event} ON \`${table.table}\``,
          'BEGIN',
          // Not INSERT OR IGNORE: an upsert firing the trigger would impose its own conflict handling on it.
          `\tINSERT INTO sync_outbox (entity) SELECT entity FROM (${select}) AS changed`,
          `\t\tWHERE entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE sync_outbox.entity = changed.entity);`,
          'END;',
        ].join('\n');
      });
    }),
  );
}
