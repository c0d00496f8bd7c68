// A forgotten passphrase: the recovery code opens the vault and a new
// passphrase replaces the old one. A new recovery code follows.
import { useRef, type FormEvent } from 'react';
import { vaultChannels } from '../../../shared/contract/vault';
import { call } from '../api/client';
import { useNewPassphrase } from '../app/use-new-passphrase';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { LockedLayout } from '../components/LockedLayout';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { RecoveryCodeField } from './RecoveryCodeField';
import { recoveryCodeFound } from './recovery-code-found';

type Props = { onRecovered: (recoveryCode: string) => void; onBack: () => void };

export function RecoverScreen({ onRecovered, onBack }: Props) {
  const { draft, field, formRef, status, submit } = useDraftForm('recover', { recoveryCode: '' });
  const newPassphrase = useNewPassphrase();
  const codeRef = useRef<HTMLInputElement>(null);

  const recover = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          vaultChannels['vault.recover'].input,
          { ...draft, newPassphrase: newPassphrase.passphrase, confirmation: newPassphrase.confirmation },
          { found: { ...recoveryCodeFound(draft.recoveryCode), ...newPassphrase.found() } },
        ),
      send: (input) => call('vault.recover', input),
      onSent: (recovered) => onRecovered(recovered.recoveryCode),
      onRefused: (error) => {
        if (error.code === 'WRONG_RECOVERY_CODE' || error.code === 'TOO_MANY_ATTEMPTS') codeRef.current?.focus();
        else newPassphrase.focus();
      },
    });

  return (
    <LockedLayout>
      <ScreenHeading>Use your recovery code</ScreenHeading>
      <p>
        Enter the recovery code you wrote down when you set up Waymark, then choose a new passphrase. You will then be
        given a new recovery code, and the old one will stop working.
      </p>
      <form ref={formRef} onSubmit={recover} noValidate>
        <RecoveryCodeField
          {...field('recoveryCode')}
          describedBy={describedByProblem('recover', status)}
          inputRef={codeRef}
        />
        <NewPassphraseFields
          idPrefix="recover"
          labels={{ passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' }}
          {...newPassphrase.fields}
        />
        <FormActions idPrefix="recover" status={status} busyLabel="Checking the recovery code…">
          Recover my vault
        </FormActions>
      </form>
      <p className="secondary-action">
        <button type="button" className="link-button" onClick={onBack}>
          Back to unlock
        </button>
      </p>
    </LockedLayout>
  );
}
