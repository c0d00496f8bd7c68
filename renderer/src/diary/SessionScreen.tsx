// One diary session: planning it, changing it, who is booked and how each
// stands, booking more pupils, and removing it while nothing is on record.
import { useState } from 'react';
import { diarySessionKindLabels } from '../../../shared/diary';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import type { HomePage } from '../app/screen';
import { useSubmission } from '../app/use-submission';
import { BackLink } from '../components/BackLink';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { formatCount } from '../format/numbers';
import { RemoveSession } from '../group-sessions/RemoveSession';
import { AppointmentRow } from './AppointmentRow';
import { describeCounts, formatDayDate, formatTimes } from './diary-format';
import { SessionForm } from './SessionForm';
import { useAppointmentChanges } from './use-appointment-changes';
import './diary.css';

type Props = { page: Extract<HomePage, { name: 'diary-session' }> };

export function SessionScreen({ page }: Props) {
  const { sessionId } = page;
  const session = useQuery('diary.session', { id: sessionId ?? '' }, { isEnabled: sessionId !== undefined });
  const { navigate, replace, back } = useNavigation();
  const { isBusy, run } = useSubmission();
  const appointmentChanges = useAppointmentChanges(session.reload);
  const [isRemoving, setIsRemoving] = useState(false);
  const [removeProblem, setProblem] = useState('');
  const problem = removeProblem || appointmentChanges.problem;
  const done = appointmentChanges.done;
  const current = session.value;

  const remove = () =>
    void run(async () => {
      if (!current) return;
      const result = await call('diary.removeSession', { id: current.id });
      if (!result.ok) {
        setIsRemoving(false);
        return setProblem(result.error.message);
      }
      back({ name: 'diary', weekOf: current.heldOn });
    });

  if (sessionId === undefined) {
    return (
      <>
        <BackLink fallbackLabel="Back to the diary" />
        <ScreenHeading>Plan a session</ScreenHeading>
        <SessionForm
          session={null}
          heldOn={page.heldOn}
          organisationId={page.organisationId}
          onSaved={(saved, warning) =>
            replace({
              name: 'diary-session',
              sessionId: saved.id,
              notice: `Session planned for ${formatDayDate(saved.heldOn)}, ${formatTimes(saved)}.`,
              ...(warning ? { warning } : {}),
            })
          }
          onCancel={() => back()}
        />
      </>
    );
  }

  return (
    <>
      <BackLink fallbackLabel="Back to the diary" />
      <ScreenHeading>
        {current ? `${current.organisationName}: ${formatDayDate(current.heldOn)}` : 'Diary session'}
      </ScreenHeading>
      {current ? (
        <p className="screen-subtitle">
          {formatTimes(current)} · {diarySessionKindLabels[current.kind]}
          {current.room ? ` · ${current.room}` : ''}
        </p>
      ) : null}
      <StatusMessage id="diary-session-status" message={done || page.notice || ''} />
      {page.warning ? (
        <div className="notice notice-info" id="diary-session-warning">
          <p>
            <span className="notice-label">Overlap: </span>
            {page.warning}
          </p>
        </div>
      ) : null}
      <FormAlert id="diary-session-action-problem" message={problem} />
      {!current ? (
        <LoadingOrProblem query={session} what="the session" problemWhat="This session" />
      ) : (
        <>
          <section className="panel" aria-labelledby="booked-heading">
            <div className="diary-today-session-top">
              <h2 id="booked-heading">Pupils booked</h2>
              {current.kind !== 'travel' && current.kind !== 'meeting' ? (
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    navigate({ name: 'diary-book', organisationId: current.organisationId, sessionId: current.id })
                  }
                >
                  Book pupils
                </button>
              ) : null}
            </div>
            <p>
              {describeCounts(current.counts)}.{' '}
              {current.freeSlots.length > 0
                ? `${formatCount(current.freeSlots.length, 'slot')} of ${current.slotMinutes} minutes free, from ${current.freeSlots[0] ?? ''}.`
                : 'No slots free.'}
            </p>
            {current.appointments.length > 0 ? (
              <ul className="plain-list diary-appointment-rows">
                {current.appointments.map((appointment) => (
                  <AppointmentRow
                    key={`${appointment.id}-${appointment.status}`}
                    appointment={appointment}
                    actions={undefined}
                    isNext={false}
                    isBusy={appointmentChanges.isBusy}
                    onStart={appointmentChanges.start}
                    onStatus={appointmentChanges.setStatus}
                    onChange={appointmentChanges.change}
                  />
                ))}
              </ul>
            ) : null}
          </section>
          <section className="panel" aria-labelledby="change-session-heading">
            <h2 id="change-session-heading">Change the session</h2>
            <SessionForm
              session={current}
              heldOn={undefined}
              organisationId={undefined}
              onSaved={(saved, warning) => {
                replace({
                  name: 'diary-session',
                  sessionId: saved.id,
                  notice: 'Changes saved.',
                  ...(warning ? { warning } : {}),
                });
                session.reload();
              }}
              onCancel={() => back()}
            />
          </section>
          <section className="panel" aria-labelledby="remove-session-heading">
            <h2 id="remove-session-heading">Remove this session</h2>
            <RemoveSession
              questionId="remove-session-question"
              question={
                <>
                  Remove this session
                  {current.appointments.length > 0
                    ? ` and its ${formatCount(current.appointments.length, 'appointment')}`
                    : ''}
                  ?
                </>
              }
              isAsking={isRemoving}
              onAsking={setIsRemoving}
              onRemove={remove}
              isBusy={isBusy}
            />
          </section>
        </>
      )}
    </>
  );
}
