// Parents, carers and other people around a client: who may give consent for a
// younger pupil, make a subject-access request on their behalf, or be named in
// a plan as a supporter.
import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

export const clientContacts = sqliteTable(
  'client_contacts',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    /** Free words as the family uses them: "Mum", "Grandad", "Foster carer". */
    relationship: text('relationship').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    hasParentalResponsibility: integer('has_parental_responsibility', { mode: 'boolean' }).notNull().default(false),
    /** How they like to be contacted, and anything to avoid ("not by post"). */
    contactPreferences: text('contact_preferences').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('client_contacts_client').on(table.clientId)],
);
