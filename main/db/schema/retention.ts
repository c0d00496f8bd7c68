// Retention decisions: when the adviser chose to keep a client past their
// retention period, why, and when to look again. It names a client, so it is
// client data (erased with them and included in subject-access bundles).
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

export const retentionDecisions = sqliteTable(
  'retention_decisions',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    decidedOn: text('decided_on').notNull(),
    reason: text('reason').notNull(),
    /** The client returns to the review list on this date. */
    reviewOn: text('review_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('retention_decisions_client').on(table.clientId, table.createdAt)],
);
