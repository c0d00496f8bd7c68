// Rectification log (Article 16): when a fact about a client is corrected in
// place, one row per changed field says which field, when and why.
import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

/**
 * Deliberately no old (or new) value: the point is accountability for the
 * correction, and keeping the wrong value here would keep the inaccurate data
 * the person asked to have corrected. The record itself holds the new value.
 */
export const rectifications = sqliteTable(
  'rectifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    /** The client field's name as in the contract, e.g. 'dateOfBirth'. */
    field: text('field').notNull(),
    changedAt: text('changed_at').notNull(),
    reason: text('reason').notNull().default(''),
  },
  (table) => [index('rectifications_client').on(table.clientId, table.changedAt)],
);
