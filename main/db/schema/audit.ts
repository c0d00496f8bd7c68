// The audit trail: what was done to the vault and when. It never holds
// personal data, only actions and record ids, so it can outlive an erasure.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditEvents = sqliteTable('audit_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  occurredAt: text('occurred_at').notNull(),
  action: text('action').notNull(),
  detail: text('detail').notNull().default('{}'),
});
