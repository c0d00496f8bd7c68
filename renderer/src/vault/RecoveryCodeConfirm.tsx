// The adviser types the recovery code back; main checks it really opens the vault.
import { useRef, useState, type FormEvent } from 'react';
import { vaultChannels } from '../../../shared/contract/vault';
import { call } from '../api/client';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { LockedLayout } from '../components/LockedLayout';
import { ScreenHeading } from '../components/ScreenHeading';
import { RecoveryCodeField } from './RecoveryCodeField';
import { recoveryCodeFound } from './recovery-code-found';

type Props = { onConfirmed: () => void; onShowAgain: () => void };

export function RecoveryCodeConfirm({ onConfirmed, onShowAgain }: Props) {
  const [typed, setTyped] = useState('');
  const { formRef, errors, status, submit } = useForm();
  const inputRef = useRef<HTMLInputElement>(null);

  const confirm = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          vaultChannels['vault.confirmRecoveryCode'].input,
          { recoveryCode: typed },
          { found: recoveryCodeFound(typed) },
        ),
      send: (input) => call('vault.confirmRecoveryCode', input),
      onSent: onConfirmed,
      onRefused: () => inputRef.current?.focus(),
    });

  return (
    <LockedLayout>
      <ScreenHeading>Check your recovery code</ScreenHeading>
      <p>
        Type the recovery code from where you wrote it down. This makes sure it was copied correctly before you rely on
        it.
      </p>
      <form ref={formRef} onSubmit={confirm} noValidate>
        <RecoveryCodeField
          id="confirm-code"
          value={typed}
          onChange={setTyped}
          error={errors.recoveryCode ?? ''}
          describedBy={describedByProblem('confirm-code', status)}
          inputRef={inputRef}
        />
        <FormActions
          idPrefix="confirm-code"
          status={status}
          busyLabel="Checking…"
          onCancel={onShowAgain}
          cancelLabel="Show the code again"
        >
          Confirm and continue
        </FormActions>
      </form>
    </LockedLayout>
  );
}
