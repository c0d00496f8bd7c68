// One appointment on the day: who, when, how it stands, and what the adviser
// does next: start (or open) the interview, or record that they did not come.
import { useState } from 'react';
import { diaryLimits, type DiaryAppointment } from '../../../shared/contract/diary';
import { describeYearGroup } from '../../../shared/caseload';
import { appointmentStatusLabels, appointmentStatuses, type AppointmentStatus } from '../../../shared/diary';
import { useNavigation } from '../app/navigation';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { TimeField } from '../components/TimeField';
import { formatDate } from '../format/dates';

type Action = { id: string; text: string; owner: string; dueOn: string | null; heldOn: string };

type Props = {
  appointment: DiaryAppointment;
  actions: Action[] | undefined;
  isNext: boolean;
  isBusy: boolean;
  onStart: (appointment: DiaryAppointment) => void;
  onStatus: (appointment: DiaryAppointment, status: AppointmentStatus) => void;
  /** Saves the changes made under "Change": status, time, room and notes. */
  onChange: (
    appointment: DiaryAppointment,
    change: { status: AppointmentStatus; startsAt: string; room: string; notes: string },
  ) => void;
};

export function AppointmentRow({ appointment, actions, isNext, isBusy, onStart, onStatus, onChange }: Props) {
  const { navigate } = useNavigation();
  const [status, setStatus] = useState<AppointmentStatus>(appointment.status);
  const [startsAt, setStartsAt] = useState(appointment.startsAt);
  const [room, setRoom] = useState(appointment.room);
  const [notes, setNotes] = useState(appointment.notes);
  const isChanged =
    status !== appointment.status ||
    startsAt.trim() !== appointment.startsAt ||
    room.trim() !== appointment.room ||
    notes.trim() !== appointment.notes;
  const name = appointment.clientName;
  const headingId = `appointment-${appointment.id}`;
  return (
    <li className={isNext ? 'diary-appointment-row diary-next' : 'diary-appointment-row'} aria-labelledby={headingId}>
      <div className="diary-appointment-who">
        <h3 id={headingId} className="diary-appointment-heading">
          <span className="diary-time">{appointment.startsAt}</span> <bdi>{name}</bdi>
          {isNext ? <span className="diary-next-mark"> (next)</span> : null}
        </h3>
        <p className="diary-soft">
          {describeYearGroup(appointment.yearGroup)}
          {appointment.tutorGroup ? `, ${appointment.tutorGroup}` : ''} · {appointment.minutes} minutes
          {appointment.room ? ` · ${appointment.room}` : ''} ·{' '}
          <span className="diary-status">{appointmentStatusLabels[appointment.status]}</span>
        </p>
        {actions !== undefined ? (
          actions.length > 0 ? (
            <details className="diary-last-actions">
              <summary>
                Actions agreed last time ({actions.length})<span className="visually-hidden">: {name}</span>
              </summary>
              <ul>
                {actions.map((action) => (
                  <li key={action.id}>
                    {action.text}
                    <span className="diary-soft">
                      {' '}
                      ({action.owner}
                      {action.dueOn ? `, by ${formatDate(action.dueOn)}` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <p className="diary-soft">No actions agreed before.</p>
          )
        ) : null}
      </div>
      <div className="actions diary-appointment-actions">
        {appointment.interviewId ? (
          <button
            type="button"
            className="button"
            onClick={() => navigate({ name: 'interview', interviewId: appointment.interviewId ?? '' })}
            aria-label={`Open the interview with ${name}`}
          >
            Open interview
          </button>
        ) : appointment.status === 'booked' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={isBusy}
              onClick={() => onStart(appointment)}
              aria-label={`Start interview with ${name}`}
            >
              Start interview
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={isBusy}
              onClick={() => onStatus(appointment, 'did-not-attend')}
              aria-label={`${name} did not attend`}
            >
              Did not attend
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ name: 'client', clientId: appointment.clientId })}
          aria-label={`Open ${name}'s record`}
        >
          Record
        </button>
        <details className="diary-more">
          <summary>
            Change<span className="visually-hidden"> {name}&apos;s appointment</span>
          </summary>
          <div className="diary-more-body">
            <SelectField
              id={`status-${appointment.id}`}
              label="Status"
              value={status}
              options={appointmentStatuses.map((value) => ({ value, label: appointmentStatusLabels[value] }))}
              onChange={(value) =>
                setStatus(appointmentStatuses.find((candidate) => candidate === value) ?? appointment.status)
              }
            />
            <TimeField id={`time-${appointment.id}`} label="Time" value={startsAt} onChange={setStartsAt} />
            <TextField
              id={`room-${appointment.id}`}
              label="Room"
              value={room}
              onChange={setRoom}
              inputProps={{ maxLength: diaryLimits.room }}
            />
            <TextField
              id={`notes-${appointment.id}`}
              label="Notes"
              value={notes}
              onChange={setNotes}
              inputProps={{ maxLength: 300 }}
            />
            <button
              type="button"
              className="button button-quiet"
              disabled={isBusy || !isChanged}
              onClick={() =>
                onChange(appointment, { status, startsAt: startsAt.trim(), room: room.trim(), notes: notes.trim() })
              }
            >
              Save changes
            </button>
          </div>
        </details>
      </div>
    </li>
  );
}
