// The diary's week, Monday to Sunday: each day's sessions at each
// organisation with who is booked. Days are rows, so the week reads at 1024 px.
import { CalendarExport } from '../calendar/CalendarExport';
import { addDays, mondayOf } from '../../../shared/diary';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { formatDate, todayInLondon } from '../format/dates';
import { DiaryViews } from './DiaryViews';
import { formatWeekday } from './diary-format';
import { SessionCard } from './SessionCard';
import './diary.css';

type Props = { weekOf: string | undefined };

export function WeekScreen({ weekOf }: Props) {
  const today = todayInLondon();
  const monday = mondayOf(weekOf ?? today);
  const week = useQuery('diary.week', { weekOf: monday });
  const { replace, navigate } = useNavigation();
  const isThisWeek = monday === mondayOf(today);
  const show = (date: string) => replace({ name: 'diary', weekOf: date });

  return (
    <>
      <div className="screen-top">
        <div>
          <ScreenHeading>Diary</ScreenHeading>
          <p className="screen-subtitle">
            Week beginning {formatDate(monday)}
            {isThisWeek ? ' (this week)' : ''}
          </p>
        </div>
        <DiaryViews current="week" />
      </div>
      <nav aria-label="Weeks" className="diary-week-nav">
        <button type="button" className="button button-quiet" onClick={() => show(addDays(monday, -7))}>
          Previous week
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => show(today)}
          aria-current={isThisWeek ? 'page' : undefined}
        >
          This week
        </button>
        <button type="button" className="button button-quiet" onClick={() => show(addDays(monday, 7))}>
          Next week
        </button>
      </nav>
      <CalendarExport />
      {!week.value ? (
        <LoadingOrProblem query={week} what="the week" problemWhat="The diary" />
      ) : (
        <ol className="plain-list diary-week" aria-label={`Week beginning ${formatDate(monday)}`}>
          {week.value.days.map((day) => {
            const headingId = `day-${day.date}`;
            return (
              <li key={day.date} className={day.date === today ? 'diary-day diary-day-today' : 'diary-day'}>
                <section aria-labelledby={headingId}>
                  <div className="diary-day-label">
                    <h2 id={headingId}>
                      {formatWeekday(day.date)}
                      {day.date === today ? <span className="diary-today-mark"> (today)</span> : null}
                    </h2>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => navigate({ name: 'diary-session', heldOn: day.date })}
                      aria-label={`Plan a session on ${formatWeekday(day.date)}`}
                    >
                      Plan a session
                    </button>
                  </div>
                  {day.sessions.length === 0 ? (
                    <p className="diary-soft diary-empty">Nothing planned.</p>
                  ) : (
                    <div className="diary-day-sessions">
                      {day.sessions.map((session) => (
                        <SessionCard key={session.id} session={session} headingLevel="h3" />
                      ))}
                    </div>
                  )}
                </section>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
