// Group work, drop-ins and parents' evenings: contact with several pupils at
// once. Attending counts as core provision for each pupil, not as an interview.
import { integer, primaryKey, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { organisations } from './organisations';

export const groupSessions = sqliteTable(
  'group_sessions',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    heldOn: text('held_on').notNull(),
    kind: text('kind', { enum: ['group-work', 'drop-in', 'parents-evening', 'assembly', 'other'] }).notNull(),
    title: text('title').notNull().default(''),
    minutes: integer('minutes'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('group_sessions_organisation').on(table.organisationId, table.heldOn)],
);

export const groupSessionAttendees = sqliteTable(
  'group_session_attendees',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => groupSessions.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
  },
  (table) => [
    primaryKey({ columns: [table.sessionId, table.clientId] }),
    index('group_session_attendees_client').on(table.clientId),
  ],
);
