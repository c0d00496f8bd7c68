// Organisations the adviser works for, each with its contacts and agreement.
// An ended agreement archives the organisation; nothing is deleted.
import { integer, real, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['school', 'college', 'training-provider', 'private-practice'] }).notNull(),
    address: text('address').notNull().default(''),
    /** The school's unique reference number, which the local authority's returns carry. */
    urn: text('urn').notNull().default(''),
    /** The designated safeguarding lead (DSL) and deputy, to report a concern to the same day. */
    safeguardingLeadName: text('safeguarding_lead_name').notNull().default(''),
    safeguardingLeadPhone: text('safeguarding_lead_phone').notNull().default(''),
    safeguardingLeadEmail: text('safeguarding_lead_email').notNull().default(''),
    deputySafeguardingLeadName: text('deputy_safeguarding_lead_name').notNull().default(''),
    deputySafeguardingLeadPhone: text('deputy_safeguarding_lead_phone').notNull().default(''),
    deputySafeguardingLeadEmail: text('deputy_safeguarding_lead_email').notNull().default(''),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('organisations_name').on(table.name)],
);

export const organisationContacts = sqliteTable('organisation_contacts', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id')
    .notNull()
    .references(() => organisations.id),
  role: text('role', { enum: ['careers-leader', 'senco', 'main-office', 'other'] }).notNull(),
  name: text('name').notNull().default(''),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
});

export const agreements = sqliteTable('agreements', {
  organisationId: text('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  /** JSON array of service kinds bought. */
  services: text('services').notNull().default('[]'),
  hoursPerYear: real('hours_per_year'),
  daysPerYear: real('days_per_year'),
  /** What the organisation bought, in the unit it bought it in: 12 days, 20 half days, 60 hours or 80 interviews a year. */
  boughtUnit: text('bought_unit', { enum: ['day', 'half-day', 'hour', 'interview'] }),
  boughtQuantity: real('bought_quantity'),
  /** How many hours make a day in this agreement, to turn diary time into days. */
  hoursPerDay: real('hours_per_day').notNull().default(6),
  /** Whether a pupil who did not attend counts as delivered time. */
  doesNonAttendanceCount: integer('does_non_attendance_count', { mode: 'boolean' }).notNull().default(true),
  /** Pence, to avoid floating-point money. */
  ratePence: integer('rate_pence'),
  rateUnit: text('rate_unit', { enum: ['hour', 'day', 'half-day', 'interview'] }),
  /** Days the organisation has to pay an invoice; 30 unless the agreement says otherwise. */
  paymentDays: integer('payment_days').notNull().default(30),
  billingName: text('billing_name').notNull().default(''),
  billingAddress: text('billing_address').notNull().default(''),
  purchaseOrder: text('purchase_order').notNull().default(''),
  startsOn: text('starts_on'),
  endsOn: text('ends_on'),
});

/** Checks schools ask of the adviser (DBS, insurance, CDI registration), with dates to renew. */
export const adviserChecks = sqliteTable('adviser_checks', {
  kind: text('kind', { enum: ['dbs', 'indemnity-insurance', 'cdi-registration'] }).primaryKey(),
  reference: text('reference').notNull().default(''),
  checkedOn: text('checked_on'),
  dueOn: text('due_on'),
});
