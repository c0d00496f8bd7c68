// Handlers for the calendar (.ics) file of the diary.
import type { calendarChannels } from '../../shared/contract/calendar';
import { exportCalendar } from '../services/calendar';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function calendarHandlers({ vault }: HandlerContext): HandlerGroup<typeof calendarChannels> {
  return {
    'calendar.export': (input) => exportCalendar(vault().database(), input),
  };
}
