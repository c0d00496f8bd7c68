// Channels for what comes next with each client: their next review (one date
// on the client, set by an interview's follow-up date or by hand) and the
// adviser's own to-do list, made of the plan actions the adviser owns.
import { z } from 'zod';
import { isoDate } from './dates';
import { channel } from './channel';

const id = z.string().min(1).max(64);

export const reviewDueSchema = z.object({
  clientId: id,
  clientName: z.string(),
  organisationName: z.string(),
  reviewDueOn: isoDate,
  isOverdue: z.boolean(),
});
export type ReviewDue = z.infer<typeof reviewDueSchema>;

/** One action an adviser owns in a client's current plan ("I will email your tutor by 4 December"). */
export const adviserActionSchema = z.object({
  planId: id,
  actionId: id,
  clientId: id,
  clientName: z.string(),
  text: z.string(),
  dueOn: isoDate.nullable(),
  isOverdue: z.boolean(),
});
export type AdviserAction = z.infer<typeof adviserActionSchema>;

export const followUpsSchema = z.object({
  /** Reviews overdue or due by the end of this week (Sunday), earliest first, at most `limit` of them. */
  reviews: z.array(reviewDueSchema),
  /** How many reviews are overdue or due this week in all (the list may be cut short). */
  reviewsTotal: z.number().int(),
  /** The adviser's open actions, not done and not snoozed, soonest due first. */
  actions: z.array(adviserActionSchema),
  actionsTotal: z.number().int(),
  /** The last day of this week, as the lists count it. */
  weekEndsOn: isoDate,
});
export type FollowUps = z.infer<typeof followUpsSchema>;

const actionKey = { planId: id, actionId: id };

export const followUpsChannels = {
  'followUps.list': channel({
    input: z.strictObject({ on: isoDate.optional(), limit: z.number().int().min(1).max(200).optional() }),
    output: followUpsSchema,
  }),
  'followUps.setReviewDue': channel({
    input: z.strictObject({ clientId: id, reviewDueOn: isoDate.nullable() }),
    output: z.object({ clientId: id, reviewDueOn: isoDate.nullable() }),
  }),
  'followUps.markDone': channel({
    input: z.strictObject({ ...actionKey, on: isoDate.optional() }),
    output: z.object({}),
  }),
  'followUps.snooze': channel({
    input: z.strictObject({ ...actionKey, until: isoDate, on: isoDate.optional() }),
    output: z.object({ snoozedUntil: isoDate }),
  }),
  /** Undoes Done or Snooze: the action is back on the list. */
  'followUps.reopen': channel({ input: z.strictObject(actionKey), output: z.object({}) }),
};
