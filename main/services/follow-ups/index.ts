// The follow-ups room's door: a client's next review and the adviser's own to-do list.
export { followUpChanged, reviewDueOf, reviewsDue, setReviewDue } from './review-due';
export { markActionDone, openAdviserActions, reopenAction, snoozeAction } from './adviser-actions';
export { addDays, endOfWeek } from './week';
