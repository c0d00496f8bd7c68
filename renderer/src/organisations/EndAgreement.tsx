// Ending an organisation's agreement archives it. It asks for the date and
// checks before doing it, and says plainly that nothing is deleted.
import { useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { ConfirmInPlace } from '../components/ConfirmInPlace';
import { SubmitButton } from '../components/SubmitButton';
import { DateField } from '../components/DateField';
import { formatDate, todayInLondon } from '../format/dates';

type Props = { organisationId: string; organisationName: string; onEnded: (endsOn: string) => void };

export function EndAgreement({ organisationId, organisationName, onEnded }: Props) {
  const [endsOn, setEndsOn] = useState(() => todayInLondon());
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const dateRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) {
      setError('Enter the date the agreement ends.');
      dateRef.current?.focus();
      return;
    }
    setError('');
    setIsConfirming(true);
    window.requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const end = () =>
    void run(async () => {
      setProblem('');
      const result = await call('organisations.endAgreement', { id: organisationId, endsOn });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setIsConfirming(false);
      onEnded(endsOn);
    });

  return (
    <section className="panel" aria-labelledby="end-agreement-heading">
      <h2 id="end-agreement-heading">End the agreement</h2>
      <p>
        When you stop working with {organisationName}, end the agreement. The organisation is archived: nothing is
        deleted, and its clients and their records stay in Waymark.
      </p>
      <form onSubmit={ask} noValidate>
        <DateField
          id="end-agreement-date"
          label="Agreement ends on"
          value={endsOn}
          onChange={(value) => {
            setEndsOn(value);
            setIsConfirming(false);
          }}
          error={error}
          inputRef={dateRef}
        />
        {isConfirming ? (
          <ConfirmInPlace
            id="end-agreement"
            focusRef={confirmRef}
            question={`End the agreement with ${organisationName} on ${formatDate(endsOn)} and archive it? Nothing is deleted.`}
            problem={problem}
            isBusy={isBusy}
            confirmLabel="Yes, end the agreement"
            busyLabel="Ending the agreement…"
            onConfirm={end}
            onCancel={() => setIsConfirming(false)}
          />
        ) : (
          <SubmitButton isBusy={false} busyLabel="">
            End agreement…
          </SubmitButton>
        )}
      </form>
    </section>
  );
}
