// The adviser's own to-do list is made of the plan actions they own ("I will
// email your tutor by 4 December"); this table keeps what the adviser ticked
// off or put off, since finalised plan versions never change.
import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { actionPlans } from './plans';

export const adviserActionStates = sqliteTable(
  'adviser_action_states',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    actionId: text('action_id').notNull(),
    doneOn: text('done_on'),
    snoozedUntil: text('snoozed_until'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.actionId] })],
);
