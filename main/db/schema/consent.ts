// Consent records: what each client agreed to, by whom, when and how, and its withdrawal.
import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

export const consents = sqliteTable(
  'consents',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    hasExplainedConfidentiality: integer('has_explained_confidentiality', { mode: 'boolean' }).notNull(),
    /** JSON object: purpose -> agreed (see shared/consent consentPurposes). */
    agreements: text('agreements').notNull(),
    givenBy: text('given_by', { enum: ['client', 'parent-carer'] }).notNull(),
    /** The parent or carer who gave it, when they are one of the client's contacts. */
    givenByContactId: text('given_by_contact_id'),
    givenOn: text('given_on').notNull(),
    method: text('method', { enum: ['verbal', 'written'] }).notNull(),
    withdrawnOn: text('withdrawn_on'),
    withdrawalNote: text('withdrawal_note').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('consents_client').on(table.clientId)],
);
