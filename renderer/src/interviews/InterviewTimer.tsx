// An unobtrusive clock: minutes since the interview started against the time
// planned. Running over is stated plainly, never in alarming colours.
import { useEffect, useState } from 'react';
import { minutesOfDay, timeNowInLondon } from '../autosave/clock';
import { todayInLondon } from '../format/dates';

type Props = { heldOn: string; startsAt: string | null; durationMinutes: number };

const tickMs = 15_000;

export function InterviewTimer({ heldOn, startsAt, durationMinutes }: Props) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), tickMs);
    return () => window.clearInterval(timer);
  }, []);

  const start = startsAt ? minutesOfDay(startsAt) : null;
  const current = minutesOfDay(timeNowInLondon(now));
  const isToday = heldOn === todayInLondon(now);
  const elapsed = isToday && start !== null && current !== null && current >= start ? current - start : null;

  return (
    <p className="interview-timer">
      {elapsed === null ? (
        <>Planned: {durationMinutes} minutes</>
      ) : (
        <>
          <span className="interview-timer-figure">{elapsed}</span> of {durationMinutes} minutes
        </>
      )}
    </p>
  );
}
