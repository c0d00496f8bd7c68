// One session in the week: where, when, what kind, how its pupils stand, and
// who is booked, with the ways to change it and book more.
import type { DiarySession } from '../../../shared/contract/diary';
import { describeYearGroup } from '../../../shared/caseload';
import { appointmentStatusLabels, diarySessionKindLabels } from '../../../shared/diary';
import { useNavigation } from '../app/navigation';
import { describeCounts, formatTimes } from './diary-format';

type Props = { session: DiarySession; headingLevel: 'h3' | 'h2' };

export function SessionCard({ session, headingLevel: Heading }: Props) {
  const { navigate } = useNavigation();
  const headingId = `session-${session.id}`;
  const canBook = session.kind !== 'travel' && session.kind !== 'meeting';
  return (
    <article className={`diary-session diary-kind-${session.kind}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="diary-session-heading">
        {formatTimes(session)} · {session.organisationName}
      </Heading>
      <p className="diary-session-detail">
        {diarySessionKindLabels[session.kind]}
        {session.room ? ` · ${session.room}` : ''}
        {canBook ? ` · ${describeCounts(session.counts)}` : ''}
      </p>
      {session.appointments.length > 0 ? (
        <ul className="plain-list diary-appointments" aria-label={`Pupils booked, ${formatTimes(session)}`}>
          {session.appointments.map((appointment) => (
            <li key={appointment.id} className={`diary-appointment diary-status-${appointment.status}`}>
              <span className="diary-time">{appointment.startsAt}</span> <bdi>{appointment.clientName}</bdi>{' '}
              <span className="diary-soft">
                ({describeYearGroup(appointment.yearGroup)}){' '}
                {appointment.status === 'booked' ? '' : `· ${appointmentStatusLabels[appointment.status]}`}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions diary-session-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ name: 'diary-session', sessionId: session.id })}
          aria-label={`Open the session ${formatTimes(session)} at ${session.organisationName}`}
        >
          Open
        </button>
        {canBook && session.freeSlots.length > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              navigate({ name: 'diary-book', organisationId: session.organisationId, sessionId: session.id })
            }
            aria-label={`Book pupils into ${formatTimes(session)} at ${session.organisationName}`}
          >
            Book pupils
          </button>
        ) : null}
      </div>
    </article>
  );
}
