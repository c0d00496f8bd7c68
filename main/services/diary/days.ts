// The diary by day: a week Monday to Sunday, one day, and today as the adviser
// works through it (who is next, and what each pupil agreed last time).
import type { DiaryDay, DiarySession } from '../../../shared/contract/diary';
import { addDays, mondayOf } from '../../../shared/diary';
import type { OpenVault } from '../../vault';
import { previousActions } from '../interviews';
import { sessionsBetween } from './read';

function byDay(sessions: DiarySession[], dates: string[]): DiaryDay[] {
  return dates.map((date) => ({ date, sessions: sessions.filter((session) => session.heldOn === date) }));
}

export function diaryWeek(vault: OpenVault, { weekOf }: { weekOf: string }): { monday: string; days: DiaryDay[] } {
  const monday = mondayOf(weekOf);
  const dates = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  return { monday, days: byDay(sessionsBetween(vault, { from: monday, to: dates[6] ?? monday }), dates) };
}

export function diaryDay(vault: OpenVault, { date }: { date: string }): DiaryDay {
  return { date, sessions: sessionsBetween(vault, { from: date, to: date }) };
}

type Action = ReturnType<typeof previousActions>[number];

/**
 * The day with the first pupil still booked as "next", and the actions of the
 * last plan (or interview) of everyone booked or seen, so they are one click away.
 */
export function diaryToday(
  vault: OpenVault,
  { date }: { date: string },
): DiaryDay & { nextAppointmentId: string | null; actionsByClient: Record<string, Action[]> } {
  const day = diaryDay(vault, { date });
  const appointments = day.sessions.flatMap((session) => session.appointments);
  const next =
    [...appointments]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .find((appointment) => appointment.status === 'booked') ?? null;
  const actionsByClient: Record<string, Action[]> = {};
  for (const appointment of appointments) {
    if (appointment.status !== 'booked' && appointment.status !== 'seen') continue;
    if (actionsByClient[appointment.clientId]) continue;
    // Before the interview held today, so a started interview does not hide last time's plan.
    actionsByClient[appointment.clientId] = previousActions(
      vault,
      appointment.clientId,
      appointment.interviewId ?? undefined,
    );
  }
  return { ...day, nextAppointmentId: next?.id ?? null, actionsByClient };
}
