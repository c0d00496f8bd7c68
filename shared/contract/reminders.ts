// Channel for the reminders on the caseload page: adviser checks falling due,
// subject-access requests due, and unpaid invoices.
import { z } from 'zod';
import { isoDate } from './dates';
import { channel } from './channel';

export const remindersChannels = {
  'reminders.due': channel({
    input: z.strictObject({ on: isoDate.optional() }),
    output: z.array(z.object({ kind: z.string(), title: z.string(), dueOn: z.string(), isOverdue: z.boolean() })),
  }),
};
