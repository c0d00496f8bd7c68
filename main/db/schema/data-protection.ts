// Consent records, the append-only disclosure log and the subject-access
// requests register.
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

export const subjectAccessRequests = sqliteTable(
  'subject_access_requests',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    receivedOn: text('received_on').notNull(),
    requesterName: text('requester_name').notNull(),
    relationship: text('relationship', { enum: ['self', 'parent-carer', 'other'] }).notNull(),
    isIdentityChecked: integer('is_identity_checked', { mode: 'boolean' }).notNull().default(false),
    /** Who checked the requester's identity, how, and when (any time before the bundle is sent). */
    identityCheckedBy: text('identity_checked_by').notNull().default(''),
    identityCheckMethod: text('identity_check_method').notNull().default(''),
    identityCheckedOn: text('identity_checked_on'),
    /** Where the letter goes: the requester's postal or email address. */
    requesterAddress: text('requester_address').notNull().default(''),
    /** The parent or carer making the request, when they are one of the client's contacts. */
    requesterContactId: text('requester_contact_id'),
    /** The day the bundle was sent (downloaded to hand over); sending closes the request. */
    sentOn: text('sent_on'),
    dueOn: text('due_on').notNull(),
    extensionReason: text('extension_reason').notNull().default(''),
    extensionToldOn: text('extension_told_on'),
    status: text('status', { enum: ['received', 'in-progress', 'completed', 'withdrawn'] })
      .notNull()
      .default('received'),
    completedOn: text('completed_on'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('subject_access_requests_client').on(table.clientId)],
);
