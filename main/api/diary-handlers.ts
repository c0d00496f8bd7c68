// Handlers for the diary: sessions, appointments, the week and today.
import type { diaryChannels } from '../../shared/contract/diary';
import {
  appointmentsForClient,
  book,
  diaryDay,
  diaryToday,
  diaryWeek,
  getSession,
  removeSession,
  saveSession,
  setAppointment,
  startInterview,
  upcomingSessions,
} from '../services/diary';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function diaryHandlers({ vault }: HandlerContext): HandlerGroup<typeof diaryChannels> {
  const open = () => vault().database();
  return {
    'diary.week': (input) => diaryWeek(open(), input),
    'diary.day': (input) => diaryDay(open(), input),
    'diary.today': (input) => diaryToday(open(), input),
    'diary.session': (input) => getSession(open(), input),
    'diary.upcoming': (input) => upcomingSessions(open(), input),
    'diary.saveSession': (input) => saveSession(open(), input),
    'diary.removeSession': (input) => removeSession(open(), input),
    'diary.book': (input) => book(open(), input),
    'diary.setAppointment': (input) => setAppointment(open(), input),
    'diary.startInterview': (input) => startInterview(open(), input),
    'diary.forClient': (input) => appointmentsForClient(open(), input),
  };
}
