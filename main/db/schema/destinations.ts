// Where a young person means to go, the offer they hold (the September
// Guarantee) and what they actually did: each a dated history, never
// overwritten, coded with the NCCIS activity codes in shared/destinations.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { interviews } from './interviews';

export const intendedDestinations = sqliteTable(
  'intended_destinations',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    recordedOn: text('recorded_on').notNull(),
    /** NCCIS activity code, from the code list version named beside it. */
    code: text('code').notNull(),
    codeListVersion: text('code_list_version').notNull(),
    provider: text('provider').notNull().default(''),
    course: text('course').notNull().default(''),
    level: text('level').notNull().default(''),
    source: text('source', { enum: ['client', 'provider', 'local-authority'] })
      .notNull()
      .default('client'),
    /** The interview it was recorded at, if any. */
    interviewId: text('interview_id').references(() => interviews.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('intended_destinations_client').on(table.clientId, table.recordedOn)],
);

export const guaranteeOffers = sqliteTable(
  'guarantee_offers',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    /** The September Guarantee covers Year 11 and Year 12 leavers. */
    yearGroup: integer('year_group').notNull(),
    status: text('status', { enum: ['offer-made', 'no-offer', 'offer-not-appropriate', 'not-recorded'] }).notNull(),
    provider: text('provider').notNull().default(''),
    recordedOn: text('recorded_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('guarantee_offers_client').on(table.clientId, table.recordedOn)],
);

export const activities = sqliteTable(
  'activities',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    code: text('code').notNull(),
    codeListVersion: text('code_list_version').notNull(),
    provider: text('provider').notNull().default(''),
    startsOn: text('starts_on'),
    verifiedOn: text('verified_on'),
    verifiedHow: text('verified_how').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('activities_client').on(table.clientId, table.startsOn)],
);
