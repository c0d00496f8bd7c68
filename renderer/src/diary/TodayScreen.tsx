// Today in the diary, as the adviser works through it: who is next first,
// then each session's pupils with last time's actions one click away.
import { useState } from 'react';
import { useAppointmentChanges } from './use-appointment-changes';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { todayInLondon } from '../format/dates';
import { AppointmentRow } from './AppointmentRow';
import { DiaryViews } from './DiaryViews';
import { describeCounts, formatDayDate, formatTimes } from './diary-format';
import { diarySessionKindLabels } from '../../../shared/diary';
import './diary.css';

export function TodayScreen() {
  const [date] = useState(() => todayInLondon());
  const today = useQuery('diary.today', { date });
  const { navigate } = useNavigation();
  const { isBusy, done, problem, start, setStatus, change } = useAppointmentChanges(today.reload);
  const appointments = today.value?.sessions.flatMap((session) => session.appointments) ?? [];
  const next = appointments.find((appointment) => appointment.id === today.value?.nextAppointmentId);

  return (
    <>
      <div className="screen-top">
        <div>
          <ScreenHeading>Today</ScreenHeading>
          <p className="screen-subtitle">{formatDayDate(date)}</p>
        </div>
        <DiaryViews current="today" newSessionOn={date} />
      </div>
      <StatusMessage id="today-status" message={done} />
      <FormAlert id="today-problem" message={problem} />
      {!today.value ? (
        <LoadingOrProblem query={today} what="today" problemWhat="Today's diary" />
      ) : today.value.sessions.length === 0 ? (
        <section className="panel">
          <p>Nothing is planned for today.</p>
        </section>
      ) : (
        <>
          <section className="panel diary-next-panel" aria-labelledby="next-heading">
            <h2 id="next-heading">Next</h2>
            {next ? (
              <ul className="plain-list">
                <AppointmentRow
                  appointment={next}
                  actions={today.value.actionsByClient[next.clientId]}
                  isNext
                  isBusy={isBusy}
                  onStart={start}
                  onStatus={setStatus}
                  onChange={change}
                />
              </ul>
            ) : (
              <p>Nobody else is booked today.</p>
            )}
          </section>
          {today.value.sessions.map((session) => (
            <section key={session.id} className="panel" aria-labelledby={`today-session-${session.id}`}>
              <div className="diary-today-session-top">
                <h2 id={`today-session-${session.id}`}>
                  {formatTimes(session)} · {session.organisationName}
                </h2>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => navigate({ name: 'diary-session', sessionId: session.id })}
                  aria-label={`Open the session ${formatTimes(session)} at ${session.organisationName}`}
                >
                  Open session
                </button>
              </div>
              <p className="diary-soft">
                {diarySessionKindLabels[session.kind]}
                {session.room ? ` · ${session.room}` : ''} · {describeCounts(session.counts)}
              </p>
              {session.appointments.length > 0 ? (
                <ul className="plain-list diary-appointment-rows">
                  {session.appointments
                    .filter((appointment) => appointment.id !== next?.id)
                    .map((appointment) => (
                      <AppointmentRow
                        key={appointment.id}
                        appointment={appointment}
                        actions={today.value?.actionsByClient[appointment.clientId]}
                        isNext={false}
                        isBusy={isBusy}
                        onStart={start}
                        onStatus={setStatus}
                        onChange={change}
                      />
                    ))}
                </ul>
              ) : null}
            </section>
          ))}
        </>
      )}
    </>
  );
}
