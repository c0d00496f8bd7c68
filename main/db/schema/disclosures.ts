// The disclosure log: every time a client's information left the vault.
import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

/** Append-only: triggers refuse edits and deletes; erasure may only anonymise a row. */
export const disclosures = sqliteTable(
  'disclosures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: text('client_id').references(() => clients.id),
    recipient: text('recipient').notNull(),
    disclosedOn: text('disclosed_on').notNull(),
    what: text('what').notNull(),
    lawfulBasis: text('lawful_basis').notNull(),
    consentId: text('consent_id'),
    isAnonymised: integer('is_anonymised', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('disclosures_client').on(table.clientId)],
);
