// Booking pupils into a session: choose the session (or come with it chosen),
// the pupils (or come with them chosen from the "not seen yet" list or a
// client's page), see where each goes, and book them all or none.
import { useState, type FormEvent } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import type { ChannelInput } from '../../../shared/contract';
import type { DiarySession } from '../../../shared/contract/diary';
import { freeSlots, isSlotReleased } from '../../../shared/diary';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { loadTogether } from '../app/load-together';
import { useNavigation } from '../app/navigation';
import type { DiaryPupil } from '../app/screen';
import { useForm, type Checked } from '../app/use-form';
import { BackLink } from '../components/BackLink';
import { FormActions } from '../components/FormActions';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
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
  const { errors, status, submit } = useForm();

  const sessions = [
    ...(given.value && !upcoming.value?.some((session) => session.id === given.value?.id) ? [given.value] : []),
    ...(upcoming.value ?? []),
  ].filter((session) => session.kind !== 'travel' && session.kind !== 'meeting');
  const session =
    sessions.find((candidate) => candidate.id === sessionId) ?? (sessions.length === 1 ? sessions[0] : undefined);
  const slots = session ? slotsFrom(session, from) : [];
  const placed = [...chosen.values()].map((pupil, index) => ({ pupil, startsAt: slots[index] }));
  const name = organisation.value?.name ?? 'the organisation';

  const book = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<ChannelInput<'diary.book'>> => {
        if (!session) {
          return {
            errors: {},
            problem: 'Choose the session to book the pupils into.',
            focus: () => document.getElementById('book-session-0')?.focus(),
          };
        }
        if (chosen.size === 0) {
          return {
            errors: { pupils: 'Choose at least one pupil to book.' },
            focus: () => document.getElementById('session-year-group')?.focus(),
          };
        }
        return { value: { sessionId: session.id, clientIds: [...chosen.keys()], ...(from ? { startsAt: from } : {}) } };
      },
      send: (input) => call('diary.book', input),
      onSent: (result) => {
        const times = result.booked.map((booking) => booking.startsAt);
        replace({
          name: 'diary-session',
          sessionId: result.session.id,
          notice: `${formatCount(times.length, 'pupil')} booked, ${times.length === 1 ? `at ${times[0] ?? ''}` : `from ${times[0] ?? ''} to ${times.at(-1) ?? ''}`}.`,
        });
      },
    });

  return (
    <>
      <BackLink fallbackLabel="Back to the diary" />
      <ScreenHeading>Book pupils at {name}</ScreenHeading>
      <p className="screen-subtitle">Pupils are spread over the session&apos;s free slots in the order chosen.</p>
      {!organisation.value || !upcoming.value ? (
        <LoadingOrProblem query={loadTogether(organisation, upcoming, given)} what="the sessions" />
      ) : (
        <form className="record-form diary-book" noValidate onSubmit={book}>
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
            error={errors.pupils}
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
          <FormActions idPrefix="book" status={status} busyLabel="Booking…">
            Book {formatCount(chosen.size, 'pupil')}
          </FormActions>
        </form>
      )}
    </>
  );
}
