// "Changed on both computers": each value set differently on two computers,
// with both kept, offered as a choice, on the client page for a client's case
// file and on the choices page for the practice's own records. The first value
// is the one shown now; nothing goes until the adviser keeps one.
import { useRef, useState } from 'react';
import type { WaitingChoice } from '../../../shared/contract/sync';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { notifySyncChanged } from './sync-events';
import './sync.css';

type Props = {
  of: { clientId: string } | { practice: true };
  onChosen: () => void;
  heading?: string;
};

const keyOf = ({ id }: WaitingChoice) => `${id.entity} ${id.table} ${id.rowKey} ${id.column}`;

export function ChangedOnBothComputers({ of, onChosen, heading = 'Changed on both computers' }: Props) {
  const loaded = useQuery('sync.conflicts', of);
  // After a choice, what sync.choose answered is the list; until then, what was loaded.
  const [left, setLeft] = useState<WaitingChoice[] | undefined>(undefined);
  const choices = left ?? loaded.value?.conflicts;
  const [done, setDone] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const onKept = (kept: string, rest: WaitingChoice[]) => {
    setLeft(rest);
    setDone(kept);
    notifySyncChanged();
    onChosen();
    // The keyboard carries on at the next choice, or at what was kept once there are none left.
    if (rest.length > 0) headingRef.current?.focus();
    else doneRef.current?.focus();
  };

  return (
    <>
      <div ref={doneRef} tabIndex={-1}>
        <StatusMessage id="sync-choice-status" message={done} />
      </div>
      {choices && choices.length > 0 ? (
        <section className="panel sync-choices" aria-labelledby="sync-choices-heading">
          <h2 id="sync-choices-heading" ref={headingRef} tabIndex={-1}>
            {heading}
          </h2>
          <p>
            {choices.length === 1
              ? 'This was changed differently on your two computers before they synced. Both values are kept until you choose; the first is the one shown now.'
              : 'These were changed differently on your two computers before they synced. Both values are kept until you choose; the first in each list is the one shown now.'}
          </p>
          {choices.map((choice) => (
            <WaitingChoiceForm key={keyOf(choice)} choice={choice} onKept={onKept} />
          ))}
        </section>
      ) : null}
    </>
  );
}

function WaitingChoiceForm({
  choice,
  onKept,
}: {
  choice: WaitingChoice;
  onKept: (kept: string, rest: WaitingChoice[]) => void;
}) {
  const [chosen, setChosen] = useState(choice.values[0]?.index ?? 0);
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const formId = `sync-choice-${keyOf(choice).replace(/[^A-Za-z0-9-]/g, '-')}`;

  const keep = () =>
    void run(async () => {
      const result = await call('sync.choose', { id: choice.id, chosen });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      const text = choice.values.find((value) => value.index === chosen)?.text ?? '';
      onKept(
        `Kept “${text}” for ${choice.label}. Your other computer takes it at its next sync.`,
        result.value.conflicts,
      );
    });

  return (
    <fieldset className="form-subsection" aria-describedby={problem ? `${formId}-problem` : undefined}>
      <legend id={`${formId}-legend`}>{choice.label}</legend>
      {choice.values.map((value) => (
        <div key={value.index} className="radio">
          <input
            id={`${formId}-${value.index}`}
            type="radio"
            name={formId}
            value={value.index}
            checked={chosen === value.index}
            onChange={() => setChosen(value.index)}
          />
          <label htmlFor={`${formId}-${value.index}`}>{value.text}</label>
        </div>
      ))}
      <FormAlert id={`${formId}-problem`} message={problem} />
      <BusyButton
        isBusy={isBusy}
        busyLabel="Keeping…"
        className="button"
        onClick={keep}
        aria-describedby={`${formId}-legend`}
      >
        Keep this
      </BusyButton>
    </fieldset>
  );
}
