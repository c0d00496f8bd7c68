// Withdrawing consent: from a date, with a note. Sharing stops from that date.
import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { formatDate, todayInLondon } from '../format/dates';
import { dateHint } from './privacy-labels';

type Props = { clientId: string; onWithdrawn: (message: string) => void };

export function WithdrawConsent({ clientId, onWithdrawn }: Props) {
  const [withdrawnOn, setWithdrawnOn] = useState(todayInLondon());
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (!withdrawnOn) {
        setProblem('Enter the date consent was withdrawn.');
        return;
      }
      const result = await call('consent.withdraw', { clientId, withdrawnOn, note: note.trim() });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      setNote('');
      onWithdrawn(
        `Consent withdrawn from ${formatDate(withdrawnOn)}. Nothing about this client will be shared from that date.`,
      );
    });
  };

  return (
    <form className="form-subsection" onSubmit={submit} noValidate aria-labelledby="withdraw-heading">
      <h3 id="withdraw-heading">Withdraw consent</h3>
      <p className="field-hint">
        From this date Waymark refuses to share anything about this client. What was shared before stays in the
        disclosure log.
      </p>
      <DateField
        id="withdraw-on"
        label="Withdrawn on"
        value={withdrawnOn}
        onChange={setWithdrawnOn}
        hint={dateHint(withdrawnOn, 'The day they withdrew it.')}
      />
      <TextAreaField
        id="withdraw-note"
        label="Note"
        hint="How they told you, and anything they asked for."
        value={note}
        onChange={setNote}
        rows={2}
        maxLength={1_000}
      />
      <FormAlert id="withdraw-problem" message={problem} />
      <SubmitButton isBusy={isBusy} busyLabel="Withdrawing…">
        Withdraw consent
      </SubmitButton>
    </form>
  );
}
