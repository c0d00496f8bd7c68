// The adviser's diary: days and sessions at each organisation, and the
// appointments booked into them. Delivered time against an agreement comes
// from here. `sequence` counts changes, so a calendar that imported a session
// takes the next export as an update to the same event.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { interviews } from './interviews';
import { organisations } from './organisations';

export const diarySessions = sqliteTable(
  'diary_sessions',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    heldOn: text('held_on').notNull(),
    /** 'HH:MM', the organisation's local time. */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    kind: text('kind', {
      enum: ['interviews', 'group-work', 'drop-in', 'parents-evening', 'meeting', 'travel'],
    }).notNull(),
    /** The length of a slot when pupils are spread over the session. */
    slotMinutes: integer('slot_minutes').notNull().default(45),
    room: text('room').notNull().default(''),
    notes: text('notes').notNull().default(''),
    sequence: integer('sequence').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('diary_sessions_held_on').on(table.heldOn, table.startsAt),
    index('diary_sessions_organisation').on(table.organisationId, table.heldOn),
  ],
);

export const appointments = sqliteTable(
  'appointments',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => diarySessions.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    startsAt: text('starts_at').notNull(),
    minutes: integer('minutes').notNull().default(45),
    room: text('room').notNull().default(''),
    status: text('status', {
      enum: ['booked', 'seen', 'did-not-attend', 'cancelled-by-school', 'cancelled-by-pupil', 'rearranged'],
    })
      .notNull()
      .default('booked'),
    /** The interview held at this appointment, once started. */
    interviewId: text('interview_id').references(() => interviews.id),
    notes: text('notes').notNull().default(''),
    sequence: integer('sequence').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('appointments_session').on(table.sessionId, table.startsAt),
    index('appointments_client').on(table.clientId),
    index('appointments_interview').on(table.interviewId),
  ],
);
