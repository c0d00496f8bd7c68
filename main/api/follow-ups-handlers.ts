// Handlers for follow-ups: the client's next review and the adviser's to-do list.
import type { followUpsChannels } from '../../shared/contract/follow-ups';
import { todayInLondon } from '../../shared/dates';
import {
  markActionDone,
  openAdviserActions,
  reopenAction,
  reviewsDue,
  setReviewDue,
  snoozeAction,
} from '../services/follow-ups';
import type { HandlerContext, HandlerGroup } from './handler-group';

/** Enough for a calm home page; the caseload's "Review due" filter lists every one. */
const defaultLimit = 30;

export function followUpsHandlers({ vault }: HandlerContext): HandlerGroup<typeof followUpsChannels> {
  const open = () => vault().database();
  return {
    'followUps.list': ({ on, limit }) => {
      const today = on ?? todayInLondon();
      const reviews = reviewsDue(open(), { on: today, limit: limit ?? defaultLimit });
      const actions = openAdviserActions(open(), { on: today, limit: limit ?? defaultLimit });
      return {
        reviews: reviews.reviews,
        reviewsTotal: reviews.total,
        weekEndsOn: reviews.weekEndsOn,
        actions: actions.actions,
        actionsTotal: actions.total,
      };
    },
    'followUps.setReviewDue': (input) => setReviewDue(open(), input),
    'followUps.markDone': (input) => {
      markActionDone(open(), input);
      return {};
    },
    'followUps.snooze': (input) => snoozeAction(open(), input),
    'followUps.reopen': (input) => {
      reopenAction(open(), input);
      return {};
    },
  };
}
