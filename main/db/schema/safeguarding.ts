// Safeguarding concerns raised with or about a client: what was said or seen,
// and when and to whom it was reported. Never part of a copy for anyone else
// without a decision (see the sharing and subject-access services).
import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

export const safeguardingConcerns = sqliteTable(
  'safeguarding_concerns',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    /** When it was said or seen (YYYY-MM-DD). */
    raisedOn: text('raised_on').notNull(),
    whatHappened: text('what_happened').notNull(),
    reportedTo: text('reported_to').notNull().default(''),
    /** When it was reported (YYYY-MM-DD, or YYYY-MM-DDTHH:MM). */
    reportedAt: text('reported_at'),
    reference: text('reference').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('safeguarding_concerns_client').on(table.clientId)],
);
