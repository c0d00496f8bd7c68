// One of the adviser's own actions: what, for whom, by when, and Done or
// Snooze (a week, or until a chosen day).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AdviserAction } from '../../../shared/contract/follow-ups';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { DateField } from '../components/DateField';
import { formatDate, todayInLondon } from '../format/dates';

/** What just happened to an action, for the line with Undo. */
export type ActionChange = { planId: string; actionId: string; summary: string };

type Props = {
  action: AdviserAction;
  onChanged: (change: ActionChange) => void;
  onProblem: (message: string) => void;
  onOpenClient: (clientId: string) => void;
};

function daysFrom(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function AdviserActionItem({ action, onChanged, onProblem, onOpenClient }: Props) {
  const [isChoosingDay, setIsChoosingDay] = useState(false);
  const [until, setUntil] = useState('');
  const [dayProblem, setDayProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const dayRef = useRef<HTMLInputElement>(null);
  const chooseDayRef = useRef<HTMLButtonElement>(null);
  const hasChosenRef = useRef(false);

  // Opening the day field puts the cursor in it; Cancel returns to the button that opened it.
  useEffect(() => {
    if (isChoosingDay) dayRef.current?.focus();
    else if (hasChosenRef.current) chooseDayRef.current?.focus();
    hasChosenRef.current ||= isChoosingDay;
  }, [isChoosingDay]);
  const key = { planId: action.planId, actionId: action.actionId };
  const text = action.text || 'An action with no words yet';
  const idPrefix = `adviser-action-${action.planId}-${action.actionId}`;
  // Each button's name says which action it is for; the visible word comes first.
  const named = (verb: string) => `${verb}: ${text}, for ${action.clientName}`;

  const markDone = () =>
    void run(async () => {
      const result = await call('followUps.markDone', key);
      if (!result.ok) return onProblem(result.error.message);
      onChanged({ ...key, summary: `Done: “${text}” for ${action.clientName}.` });
    });

  const snooze = (day: string) =>
    run(async () => {
      const result = await call('followUps.snooze', { ...key, until: day });
      if (!result.ok) {
        if (isChoosingDay) setDayProblem(result.error.message);
        else onProblem(result.error.message);
        return;
      }
      onChanged({
        ...key,
        summary: `Put off until ${formatDate(result.value.snoozedUntil)}: “${text}” for ${action.clientName}.`,
      });
    });

  const snoozeUntilChosenDay = (event: FormEvent) => {
    event.preventDefault();
    if (!until) {
      setDayProblem('Choose the day to be reminded again.');
      return;
    }
    void snooze(until);
  };

  return (
    <li className="adviser-action">
      <p className="adviser-action-text">{text}</p>
      <p className="follow-up-meta">
        For{' '}
        <button type="button" className="link-button" onClick={() => onOpenClient(action.clientId)}>
          {action.clientName}
        </button>
        {action.dueOn
          ? action.isOverdue
            ? ` · was due ${formatDate(action.dueOn)}`
            : ` · by ${formatDate(action.dueOn)}`
          : ' · no date'}
      </p>
      <div className="actions">
        <BusyButton
          isBusy={isBusy}
          className="button button-quiet button-compact"
          onClick={markDone}
          aria-label={named('Done')}
        >
          Done
        </BusyButton>
        <BusyButton
          isBusy={isBusy}
          className="button button-quiet button-compact"
          onClick={() => void snooze(daysFrom(todayInLondon(), 7))}
          aria-label={named('Snooze a week')}
        >
          Snooze a week
        </BusyButton>
        {isChoosingDay ? null : (
          <button
            type="button"
            ref={chooseDayRef}
            className="link-button"
            onClick={() => setIsChoosingDay(true)}
            aria-label={named('Snooze until a day')}
          >
            Snooze until a day
          </button>
        )}
      </div>
      {isChoosingDay ? (
        <form className="snooze-form" onSubmit={snoozeUntilChosenDay} noValidate>
          <DateField
            id={`${idPrefix}-until`}
            label="Remind me again on"
            value={until}
            onChange={setUntil}
            error={dayProblem}
            inputRef={dayRef}
          />
          <div className="actions">
            <button type="submit" className="button button-quiet button-compact" aria-label={named('Snooze')}>
              Snooze
            </button>
            <button type="button" className="link-button" onClick={() => setIsChoosingDay(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
