// Today in the diary, as the adviser works through it: who is next first,
// then each session's pupils with last time's actions one click away.
import { useState } from 'react';
import type { DiaryAppointment } from '../../../shared/contract/diary';
import { appointmentStatusLabels, type AppointmentStatus } from '../../../shared/diary';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
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
  const { isBusy, run } = useSubmission();
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');
  const appointments = today.value?.sessions.flatMap((session) => session.appointments) ?? [];
  const next = appointments.find((appointment) => appointment.id === today.value?.nextAppointmentId);

  const start = (appointment: DiaryAppointment) =>
    void run(async () => {
      setProblem('');
      const result = await call('diary.startInterview', { appointmentId: appointment.id });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      navigate({ name: 'interview', interviewId: result.value.interviewId });
    });

  const setStatus = (appointment: DiaryAppointment, status: AppointmentStatus) =>
    void run(async () => {
      setProblem('');
      setDone('');
      const result = await call('diary.setAppointment', { id: appointment.id, status });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setDone(`${appointment.clientName} at ${appointment.startsAt}: ${appointmentStatusLabels[status].toLowerCase()}.`);
      today.reload();
    });

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
        today.problem ? <LoadProblem what="Today's diary" message={today.problem} onRetry={today.reload} /> : <Loading what="today" />
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
                <AppointmentRow appointment={next} actions={today.value.actionsByClient[next.clientId]} isNext isBusy={isBusy} onStart={start} onStatus={setStatus} />
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
                <button type="button" className="link-button" onClick={() => navigate({ name: 'diary-session', sessionId: session.id })} aria-label={`Open the session ${formatTimes(session)} at ${session.organisationName}`}>
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
                      <AppointmentRow key={appointment.id} appointment={appointment} actions={today.value?.actionsByClient[appointment.clientId]} isNext={false} isBusy={isBusy} onStart={start} onStatus={setStatus} />
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
