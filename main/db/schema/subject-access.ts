// The subject-access requests register, and the third-party information an
// adviser withholds from a client's bundle.
import { integer, sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { withholdingKinds } from '../../../shared/contract/subject-access';
import { clients } from './clients';

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

/**
 * Third-party information the adviser has marked to withhold from a client's
 * subject-access bundle, each with a note saying why (shown in its place).
 */
export const withholdings = sqliteTable(
  'withholdings',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    kind: text('kind', { enum: withholdingKinds }).notNull(),
    /** Which record: "<interview id>:<stage index>" for notes, else the action, attachment, plan version or plan id. */
    recordKey: text('record_key').notNull(),
    note: text('note').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [uniqueIndex('withholdings_record').on(table.clientId, table.kind, table.recordKey)],
);
