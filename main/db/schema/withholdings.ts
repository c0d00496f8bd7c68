// Third-party information the adviser has marked to withhold from a client's
// subject-access bundle, each with a note saying why (shown in its place).
import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { withholdingKinds } from '../../../shared/contract/subject-access';
import { clients } from './clients';

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
