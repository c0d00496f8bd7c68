// What the day's screens do to an appointment: start its interview (and open
// it), record what became of it, or move it; each says what happened.
import { useState } from 'react';
import type { DiaryAppointment } from '../../../shared/contract/diary';
import { appointmentStatusLabels, type AppointmentStatus } from '../../../shared/diary';
import { call } from '../api/client';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';

type Change = { status: AppointmentStatus; startsAt: string; room: string; notes: string };

export function useAppointmentChanges(onChanged: () => void) {
  const { navigate } = useNavigation();
  const { isBusy, run } = useSubmission();
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');

  const save = (appointment: DiaryAppointment, change: Partial<Change>, said: string) =>
    void run(async () => {
      setProblem('');
      setDone('');
      const result = await call('diary.setAppointment', { id: appointment.id, ...change });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setDone(said);
      onChanged();
    });

  return {
    isBusy,
    done,
    problem,
    start: (appointment: DiaryAppointment) =>
      void run(async () => {
        setProblem('');
        const result = await call('diary.startInterview', { appointmentId: appointment.id });
        if (!result.ok) {
          setProblem(result.error.message);
          return;
        }
        navigate({ name: 'interview', interviewId: result.value.interviewId });
      }),
    setStatus: (appointment: DiaryAppointment, status: AppointmentStatus) =>
      save(
        appointment,
        { status },
        `${appointment.clientName} at ${appointment.startsAt}: ${appointmentStatusLabels[status].toLowerCase()}.`,
      ),
    change: (appointment: DiaryAppointment, change: Change) =>
      save(
        appointment,
        change,
        `${appointment.clientName}'s appointment changed${change.startsAt !== appointment.startsAt ? `: now at ${change.startsAt}` : ''}.`,
      ),
  };
}
