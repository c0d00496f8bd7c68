// One of the adviser's own actions: what, for whom, by when, and Done or
// Snooze (a week, or until a chosen day).
import { useRef, useState, type FormEvent } from 'react';
import { followUpsChannels, type AdviserAction } from '../../../shared/contract/follow-ups';
import { call } from '../api/client';
import { useFocusOnOpen } from '../app/use-focus-on-open';
import { checkWith, useForm } from '../app/use-form';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { DateField } from '../components/DateField';
import { FormAlert } from '../components/FormAlert';
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
  const { isBusy, run } = useSubmission();
  const { formRef, errors, status, submit } = useForm();
  const dayRef = useRef<HTMLInputElement>(null);
  const chooseDayRef = useRef<HTMLButtonElement>(null);
  // Opening the day field puts the cursor in it; Cancel returns to the button that opened it.
  useFocusOnOpen(isChoosingDay, dayRef, chooseDayRef);
  const key = { planId: action.planId, actionId: action.actionId };
  const text = action.text || 'An action with no words yet';
  const idPrefix = `adviser-action-${action.planId}-${action.actionId}`;
  // Each button's name says which action it is for; the visible word comes first.
  const named = (verb: string) => `${verb}: ${text}, for ${action.clientName}`;
  const snoozed = (snoozedUntil: string) =>
    onChanged({ ...key, summary: `Put off until ${formatDate(snoozedUntil)}: “${text}” for ${action.clientName}.` });

  const markDone = () =>
    void run(async () => {
      const result = await call('followUps.markDone', key);
      if (!result.ok) return onProblem(result.error.message);
      onChanged({ ...key, summary: `Done: “${text}” for ${action.clientName}.` });
    });

  const snoozeWeek = () =>
    void run(async () => {
      const result = await call('followUps.snooze', { ...key, until: daysFrom(todayInLondon(), 7) });
      if (!result.ok) return onProblem(result.error.message);
      snoozed(result.value.snoozedUntil);
    });

  const snoozeUntilChosenDay = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          followUpsChannels['followUps.snooze'].input,
          { ...key, until },
          until ? {} : { found: { until: 'Choose the day to be reminded again.' } },
        ),
      send: (input) => call('followUps.snooze', input),
      onSent: (result) => snoozed(result.snoozedUntil),
    });

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
          isBusy={isBusy || status.isBusy}
          className="button button-quiet button-compact"
          onClick={markDone}
          aria-label={named('Done')}
        >
          Done
        </BusyButton>
        <BusyButton
          isBusy={isBusy || status.isBusy}
          className="button button-quiet button-compact"
          onClick={snoozeWeek}
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
        <form ref={formRef} className="snooze-form" onSubmit={snoozeUntilChosenDay} noValidate>
          <DateField
            id={`${idPrefix}-until`}
            label="Remind me again on"
            value={until}
            onChange={setUntil}
            error={errors.until}
            inputRef={dayRef}
          />
          <FormAlert id={`${idPrefix}-problem`} message={status.problem} />
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
