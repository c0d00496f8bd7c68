// A client's appointments in the diary, and booking another from their page.
import { appointmentStatusLabels } from '../../../shared/diary';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import type { DiaryPupil } from '../app/screen';
import { LoadProblem } from '../components/LoadProblem';
import { PageLink } from '../components/PageLink';
import { todayInLondon } from '../format/dates';
import { formatDayDate } from './diary-format';
import './diary.css';

type Props = { organisationId: string; pupil: DiaryPupil };

export function ClientAppointments({ organisationId, pupil }: Props) {
  const appointments = useQuery('diary.forClient', { clientId: pupil.clientId });
  const { navigate } = useNavigation();
  const today = todayInLondon();
  const ahead = (appointments.value ?? [])
    .filter((appointment) => appointment.heldOn >= today && appointment.status === 'booked')
    .reverse();
  const before = (appointments.value ?? []).filter((appointment) => !ahead.includes(appointment)).slice(0, 5);
  return (
    <section className="panel" aria-labelledby="client-appointments-heading">
      <div className="diary-today-session-top">
        <h2 id="client-appointments-heading">Appointments</h2>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => navigate({ name: 'diary-book', organisationId, pupils: [pupil] })}
        >
          Book an appointment
        </button>
      </div>
      {appointments.problem ? (
        <LoadProblem what="The appointments" message={appointments.problem} onRetry={appointments.reload} />
      ) : null}
      {appointments.value && appointments.value.length === 0 ? <p>No appointments booked in the diary.</p> : null}
      {[...ahead, ...before].length > 0 ? (
        <ul className="plain-list diary-appointments">
          {[...ahead, ...before].map((appointment) => (
            <li key={appointment.id}>
              <PageLink to={{ name: 'diary-session', sessionId: appointment.sessionId }}>
                {formatDayDate(appointment.heldOn)} at {appointment.startsAt}
              </PageLink>{' '}
              <span className="diary-soft">
                · {appointment.organisationName} · {appointmentStatusLabels[appointment.status]}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
