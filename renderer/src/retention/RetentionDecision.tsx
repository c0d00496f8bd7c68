// Deciding about one client past retention: erase (after confirming, with a
// reason, through the same erasure as anywhere else) or keep with a reason and
// a date to review again.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { formatDate, todayInLondon } from '../format/dates';

export type Decision = 'erase' | 'keep';
type Props = {
  client: { clientId: string; name: string; endsOn: string };
  decision: Decision;
  onCancel: () => void;
  onDone: (message: string) => void;
};

function aYearFrom(isoDate: string): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return rest === '-02-29' ? `${year + 1}-03-01` : `${year + 1}${rest}`;
}

export function RetentionDecision({ client, decision, onCancel, onDone }: Props) {
  const today = todayInLondon();
  const [reason, setReason] = useState(decision === 'erase' ? 'Past the retention period' : '');
  const [reviewOn, setReviewOn] = useState(aYearFrom(today));
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = `${decision}-${client.clientId}`;

  useEffect(() => headingRef.current?.focus(), [decision]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      if (!reason.trim()) {
        setProblem(decision === 'erase' ? 'Give a reason for the erasure.' : 'Say why the records are being kept.');
        return;
      }
      if (decision === 'erase') {
        const result = await call('erasure.eraseClient', { clientId: client.clientId, reason: reason.trim() });
        if (!result.ok) {
          setProblem(result.error.message);
          return;
        }
        onDone(
          `${client.name} was erased completely. Tombstone ${result.value.tombstone} is in the audit log, with no personal details.`,
        );
      } else {
        const result = await call('retention.keep', { clientId: client.clientId, reason: reason.trim(), reviewOn });
        if (!result.ok) {
          setProblem(result.error.message);
          return;
        }
        onDone(
          `${client.name}’s records are kept. They will be back for review on ${formatDate(result.value.reviewOn)}.`,
        );
      }
    });
  };

  const headingId = `${prefix}-heading`;
  return (
    <form onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {decision === 'erase' ? `Erase ${client.name}?` : `Keep ${client.name}’s records`}
      </h3>
      {decision === 'erase' ? (
        <p>
          This erases every record about {client.name}: their details, interviews, notes, action plans, consents and
          requests. It cannot be undone. The disclosure log keeps its entries without their details, and the audit log
          gets a tombstone with the date and your reason.
        </p>
      ) : (
        <p>
          Their retention period ended on {formatDate(client.endsOn)}. Say why the records are still needed, and when to
          look at them again.
        </p>
      )}
      <FormAlert id={`${prefix}-problem`} message={problem} />
      <TextAreaField
        id={`${prefix}-reason`}
        label={decision === 'erase' ? 'Reason for the erasure' : 'Why the records are kept'}
        hint="Do not include the client’s name."
        value={reason}
        onChange={setReason}
        rows={2}
        maxLength={500}
      />
      {decision === 'keep' ? (
        <DateField id={`${prefix}-review`} label="Review again on" value={reviewOn} onChange={setReviewOn} />
      ) : null}
      <div className="actions">
        {decision === 'erase' ? (
          <BusyButton isBusy={isBusy} busyLabel="Erasing…" type="submit" className="button dp-button-danger">
            {`Erase ${client.name} completely`}
          </BusyButton>
        ) : (
          <SubmitButton isBusy={isBusy} busyLabel="Saving…">
            Keep the records
          </SubmitButton>
        )}
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
