// What is due: the reminders on the caseload page.
import type { remindersChannels } from '../../shared/contract/reminders';
import { todayInLondon } from '../../shared/dates';
import { dueReminders } from '../services/reminders';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function remindersHandlers({ vault }: HandlerContext): HandlerGroup<typeof remindersChannels> {
  return {
    'reminders.due': ({ on }) => dueReminders(vault().database(), on ?? todayInLondon()),
  };
}
