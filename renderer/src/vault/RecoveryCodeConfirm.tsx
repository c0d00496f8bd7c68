// The adviser types the recovery code back; main checks it really opens the vault.
import { useRef, type FormEvent } from 'react';
import { vaultChannels } from '../../../shared/contract/vault';
import { call } from '../api/client';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { LockedLayout } from '../components/LockedLayout';
import { ScreenHeading } from '../components/ScreenHeading';
import { RecoveryCodeField } from './RecoveryCodeField';
import { recoveryCodeFound } from './recovery-code-found';

type Props = { onConfirmed: () => void; onShowAgain: () => void };

export function RecoveryCodeConfirm({ onConfirmed, onShowAgain }: Props) {
  const { draft, field, formRef, status, submit } = useDraftForm('confirm', { recoveryCode: '' });
  const inputRef = useRef<HTMLInputElement>(null);

  const confirm = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(vaultChannels['vault.confirmRecoveryCode'].input, draft, {
          found: recoveryCodeFound(draft.recoveryCode),
        }),
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
          {...field('recoveryCode')}
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
