// Clients: the young people and adults the adviser guides, with the history of
// their provision level and of the organisations they have belonged to.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { organisations } from './organisations';

export const clients = sqliteTable(
  'clients',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    surname: text('surname').notNull(),
    forename: text('forename').notNull(),
    preferredName: text('preferred_name').notNull().default(''),
    dateOfBirth: text('date_of_birth'),
    /** National Curriculum year; null for adults. */
    yearGroup: integer('year_group'),
    tutorGroup: text('tutor_group').notNull().default(''),
    upn: text('upn').notNull().default(''),
    keyWorker: text('key_worker').notNull().default(''),
    sendStatus: text('send_status', { enum: ['none', 'sen-support', 'ehc-plan'] })
      .notNull()
      .default('none'),
    hasPupilPremium: integer('has_pupil_premium', { mode: 'boolean' }).notNull().default(false),
    isAtRiskOfNeet: integer('is_at_risk_of_neet', { mode: 'boolean' }).notNull().default(false),
    /** Priority groups the careers leader reports on and the local authority asks about. */
    isLookedAfter: integer('is_looked_after', { mode: 'boolean' }).notNull().default(false),
    isYoungCarer: integer('is_young_carer', { mode: 'boolean' }).notNull().default(false),
    hasEnglishAsAdditionalLanguage: integer('has_english_as_additional_language', { mode: 'boolean' })
      .notNull()
      .default(false),
    /** The home postcode, which the local authority's destination return asks for. */
    postcode: text('postcode').notNull().default(''),
    /** The academic year (its first calendar year) the client left school; null while they are on roll. */
    leftInYear: integer('left_in_year'),
    provisionLevel: text('provision_level', { enum: ['core', 'filtered', 'intensive'] })
      .notNull()
      .default('core'),
    referralSource: text('referral_source', { enum: ['key-worker', 'self', 'adviser', 'other'] }),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    aboutMe: text('about_me').notNull().default(''),
    /** The language their plan documents are written in: English, Welsh, or both (Welsh first). */
    planLanguage: text('plan_language', { enum: ['en', 'cy', 'bilingual'] })
      .notNull()
      .default('en'),
    /** Every document for them in the British Dyslexia Association's style (sans-serif, 1.5 spacing, a tinted page). */
    isDyslexiaFriendly: integer('is_dyslexia_friendly', { mode: 'boolean' }).notNull().default(false),
    reviewDueOn: text('review_due_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('clients_organisation_year').on(table.organisationId, table.yearGroup),
    index('clients_organisation_upn').on(table.organisationId, table.upn),
    // A school's pupils' ids without reading their rows: the reports ask for them in nearly every query
    // (\`client_id IN (SELECT id FROM clients WHERE organisation_id = ?)\`), and in a large practice a
    // school's rows lie scattered among every other school's, each page read decrypted.
    index('clients_organisation_id').on(table.organisationId, table.id),
    // The caseload sorts by name ignoring case; matching the collation lets SQLite walk the index.
    index('clients_name').on(sql`${table.surname} COLLATE NOCASE`, sql`${table.forename} COLLATE NOCASE`, table.id),
  ],
);

export const provisionLevelHistory = sqliteTable(
  'provision_level_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    level: text('level', { enum: ['core', 'filtered', 'intensive'] }).notNull(),
    changedOn: text('changed_on').notNull(),
  },
  (table) => [index('provision_level_history_client').on(table.clientId)],
);

export const clientOrganisationHistory = sqliteTable(
  'client_organisation_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
  },
  (table) => [index('client_organisation_history_client').on(table.clientId)],
);
