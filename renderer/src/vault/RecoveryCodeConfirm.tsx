// The adviser types the recovery code back; main checks it really opens the vault.
import { useRef, useState, type FormEvent } from 'react';
import { isWellFormedRecoveryCode } from '../../../shared/recovery-code';
import { call } from '../api/client';
import { malformedRecoveryCode } from '../app/recovery-code-text';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { LockedLayout } from '../components/LockedLayout';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmitButton } from '../components/SubmitButton';
import { RecoveryCodeField } from './RecoveryCodeField';

type Props = { onConfirmed: () => void; onShowAgain: () => void };

export function RecoveryCodeConfirm({ onConfirmed, onShowAgain }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, submitWith } = useSubmission();
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) =>
    submitWith(event, async () => {
      setProblem('');
      if (!isWellFormedRecoveryCode(typed)) {
        setError(malformedRecoveryCode);
        inputRef.current?.focus();
        return;
      }
      setError('');
      const result = await call('vault.confirmRecoveryCode', { recoveryCode: typed });
      if (result.ok) {
        onConfirmed();
        return;
      }
      setProblem(result.error.message);
      inputRef.current?.focus();
    });

  return (
    <LockedLayout>
      <ScreenHeading>Check your recovery code</ScreenHeading>
      <p>
        Type the recovery code from where you wrote it down. This makes sure it was copied correctly before you rely on
        it.
      </p>
      <form onSubmit={submit} noValidate>
        <RecoveryCodeField
          id="confirm-code"
          value={typed}
          onChange={setTyped}
          error={error}
          describedBy={problem ? ['confirm-code-problem'] : []}
          inputRef={inputRef}
        />
        <FormAlert id="confirm-code-problem" message={problem} />
        <div className="actions">
          <SubmitButton isBusy={isBusy} busyLabel="Checking…">
            Confirm and continue
          </SubmitButton>
          <button type="button" className="button button-quiet" onClick={onShowAgain}>
            Show the code again
          </button>
        </div>
      </form>
    </LockedLayout>
  );
}
