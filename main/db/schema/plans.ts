// Action plans: one per client, with a working draft and immutable finalised
// versions (plan, do, review). Images are stored as blobs inside the vault.
import { blob, integer, sqliteTable, text, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { interviews } from './interviews';

export const actionPlans = sqliteTable(
  'action_plans',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    sourceInterviewId: text('source_interview_id').references(() => interviews.id),
    /** The working draft as JSON (see shared/action-plans PlanContent). */
    draft: text('draft').notNull(),
    hasUnfinalisedChanges: integer('has_unfinalised_changes', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('action_plans_client').on(table.clientId)],
);

export const planVersions = sqliteTable(
  'plan_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: text('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    number: integer('number').notNull(),
    content: text('content').notNull(),
    interviewId: text('interview_id').references(() => interviews.id),
    finalisedAt: text('finalised_at').notNull(),
  },
  (table) => [uniqueIndex('plan_versions_number').on(table.planId, table.number)],
);

/**
 * The adviser's open actions in each plan's current content (the latest finalised
 * version, or the draft before there is one), kept by triggers (migration 0020) on
 * every write to action_plans and plan_versions, whoever makes it: the to-do list
 * reads these few rows instead of every plan's JSON (0.4 s at 20,000 clients). Derived:
 * never synced, never written by the app.
 */
export const planAdviserActions = sqliteTable(
  'plan_adviser_actions',
  {
    planId: text('plan_id').notNull(),
    /** The plan's client, here so the list needs no plan row (each is a page of its own to decrypt). */
    clientId: text('client_id').notNull(),
    /** The action's place in the plan's list, which orders a plan's actions. */
    position: integer('position').notNull(),
    actionId: text('action_id').notNull(),
    text: text('text').notNull(),
    dueOn: text('due_on'),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.position] }),
    index('plan_adviser_actions_client').on(table.clientId),
  ],
);

export const planImages = sqliteTable(
  'plan_images',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('plan_images_plan').on(table.planId)],
);
