// Booking pupils into a session: choose the session (or come with it chosen),
// the pupils (or come with them chosen from the "not seen yet" list or a
// client's page), see where each goes, and book them all or none.
import { useState } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import type { DiarySession } from '../../../shared/contract/diary';
import { freeSlots, isSlotReleased } from '../../../shared/diary';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import type { DiaryPupil } from '../app/screen';
import { useSubmission } from '../app/use-submission';
import { BackLink } from '../components/BackLink';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { todayInLondon } from '../format/dates';
import { formatCount } from '../format/numbers';
import { PupilPicker } from '../group-sessions/PupilPicker';
import { TakeOffButton } from '../group-sessions/TakeOffButton';
import { formatDayDate, formatTimes } from './diary-format';
import './diary.css';

type Props = { organisationId: string; sessionId: string | undefined; pupils: DiaryPupil[] };

const firstFree = '';

function slotsFrom(session: DiarySession, from: string): string[] {
  const taken = session.appointments.filter((appointment) => !isSlotReleased(appointment.status));
  return freeSlots({
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    slotMinutes: session.slotMinutes,
    taken,
    from: from || undefined,
  });
}

export function BookScreen({ organisationId, sessionId: givenSession, pupils }: Props) {
  const organisation = useQuery('organisations.get', { id: organisationId });
  const upcoming = useQuery('diary.upcoming', { organisationId, from: todayInLondon() });
  const given = useQuery('diary.session', { id: givenSession ?? '' }, { isEnabled: givenSession !== undefined });
  const { navigate, replace } = useNavigation();
  const [sessionId, setSessionId] = useState(givenSession ?? '');
  const [from, setFrom] = useState(firstFree);
  const [chosen, setChosen] = useState(() => new Map(pupils.map((pupil) => [pupil.clientId, pupil])));
  const [problem, setProblem] = useState('');
  const [pupilsError, setPupilsError] = useState<string | undefined>(undefined);
  const { isBusy, run } = useSubmission();

  const sessions = [
    ...(given.value && !upcoming.value?.some((session) => session.id === given.value?.id) ? [given.value] : []),
    ...(upcoming.value ?? []),
  ].filter((session) => session.kind !== 'travel' && session.kind !== 'meeting');
  const session =
    sessions.find((candidate) => candidate.id === sessionId) ?? (sessions.length === 1 ? sessions[0] : undefined);
  const slots = session ? slotsFrom(session, from) : [];
  const placed = [...chosen.values()].map((pupil, index) => ({ pupil, startsAt: slots[index] }));
  const name = organisation.value?.name ?? 'the organisation';
  const loadProblem = organisation.problem || upcoming.problem || given.problem;

  const book = () =>
    void run(async () => {
      setProblem('');
      setPupilsError(undefined);
      if (!session) {
        setProblem('Choose the session to book the pupils into.');
        document.getElementById('book-session-0')?.focus();
        return;
      }
      if (chosen.size === 0) {
        setPupilsError('Choose at least one pupil to book.');
        document.getElementById('session-year-group')?.focus();
        return;
      }
      const result = await call('diary.book', {
        sessionId: session.id,
        clientIds: [...chosen.keys()],
        ...(from ? { startsAt: from } : {}),
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      const times = result.value.booked.map((booking) => booking.startsAt);
      replace({
        name: 'diary-session',
        sessionId: session.id,
        notice: `${formatCount(times.length, 'pupil')} booked, ${times.length === 1 ? `at ${times[0] ?? ''}` : `from ${times[0] ?? ''} to ${times.at(-1) ?? ''}`}.`,
      });
    });

  return (
    <>
      <BackLink fallbackLabel="Back to the diary" />
      <ScreenHeading>Book pupils at {name}</ScreenHeading>
      <p className="screen-subtitle">Pupils are spread over the session&apos;s free slots in the order chosen.</p>
      {!organisation.value || !upcoming.value ? (
        loadProblem ? (
          <LoadProblem
            what="The sessions"
            message={loadProblem}
            onRetry={() => {
              organisation.reload();
              upcoming.reload();
              given.reload();
            }}
          />
        ) : (
          <Loading what="the sessions" />
        )
      ) : (
        <form
          className="record-form diary-book"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            book();
          }}
        >
          <fieldset className="form-section">
            <legend>Session</legend>
            {sessions.length === 0 ? (
              <p>No sessions for pupils are planned at {name} from today. Plan one first.</p>
            ) : (
              <ul className="plain-list diary-session-choices">
                {sessions.map((candidate, index) => (
                  <li key={candidate.id} className="radio">
                    <input
                      id={`book-session-${index}`}
                      type="radio"
                      name="book-session"
                      checked={session?.id === candidate.id}
                      onChange={() => {
                        setSessionId(candidate.id);
                        setFrom(firstFree);
                      }}
                    />
                    <label htmlFor={`book-session-${index}`}>
                      {formatDayDate(candidate.heldOn)}, {formatTimes(candidate)}
                      <span className="diary-soft">
                        {' '}
                        ({formatCount(candidate.freeSlots.length, 'slot')} of {candidate.slotMinutes} minutes free)
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="button button-quiet"
              onClick={() => navigate({ name: 'diary-session', organisationId })}
            >
              Plan a new session
            </button>
            {session ? (
              <SelectField
                id="book-from"
                label="Start from"
                value={from}
                options={[
                  { value: firstFree, label: 'The first free slot' },
                  ...slotsFrom(session, '').map((slot) => ({ value: slot, label: slot })),
                ]}
                onChange={setFrom}
              />
            ) : null}
          </fieldset>
          <PupilPicker
            organisationId={organisationId}
            chosen={chosen}
            onChange={setChosen}
            error={pupilsError}
            legend="Pupils to book"
          />
          {chosen.size > 0 ? (
            <section className="panel diary-placing" aria-labelledby="placing-heading">
              <h2 id="placing-heading">Where they go</h2>
              <ol className="plain-list">
                {placed.map(({ pupil, startsAt }) => (
                  <li key={pupil.clientId}>
                    <span className="diary-time">{startsAt ?? 'No slot'}</span> <bdi>{pupil.name}</bdi>{' '}
                    <span className="diary-soft">({describeYearGroup(pupil.yearGroup)})</span>{' '}
                    <TakeOffButton pupil={pupil} chosen={chosen} onChange={setChosen} />
                  </li>
                ))}
              </ol>
              {session && placed.some((place) => place.startsAt === undefined) ? (
                <p>
                  {slots.length === 0 ? 'No slots are free' : `Only ${formatCount(slots.length, 'slot')} free`}
                  {from ? ` from ${from}` : ''} in this session: take some pupils off, or choose another session.
                </p>
              ) : null}
            </section>
          ) : null}
          <FormAlert id="book-problem" message={problem} />
          <div className="actions">
            <SubmitButton isBusy={isBusy} busyLabel="Booking…">
              Book {formatCount(chosen.size, 'pupil')}
            </SubmitButton>
          </div>
        </form>
      )}
    </>
  );
}
