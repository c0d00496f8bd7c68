// A forgotten passphrase: the recovery code opens the vault and a new
// passphrase replaces the old one. A new recovery code follows.
import { useRef, useState, type FormEvent } from 'react';
import { isWellFormedRecoveryCode } from '../../../shared/recovery-code';
import { call } from '../api/client';
import { useNewPassphrase } from '../app/use-new-passphrase';
import { malformedRecoveryCode } from '../app/recovery-code-text';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { LockedLayout } from '../components/LockedLayout';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmitButton } from '../components/SubmitButton';
import { RecoveryCodeField } from './RecoveryCodeField';

type Props = { onRecovered: (recoveryCode: string) => void; onBack: () => void };

export function RecoverScreen({ onRecovered, onBack }: Props) {
  const [recoveryCode, setRecoveryCode] = useState('');
  const newPassphrase = useNewPassphrase();
  const [codeError, setCodeError] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, submitWith } = useSubmission();
  const codeRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) =>
    submitWith(event, async () => {
      setProblem('');
      const foundCodeError = isWellFormedRecoveryCode(recoveryCode) ? '' : malformedRecoveryCode;
      const boxToFix = newPassphrase.check();
      setCodeError(foundCodeError);
      if (foundCodeError || boxToFix) {
        (foundCodeError ? codeRef : boxToFix)?.current?.focus();
        return;
      }
      const result = await call('vault.recover', {
        recoveryCode,
        newPassphrase: newPassphrase.passphrase,
        confirmation: newPassphrase.confirmation,
      });
      if (result.ok) {
        onRecovered(result.value.recoveryCode);
        return;
      }
      setProblem(result.error.message);
      if (result.error.code === 'WRONG_RECOVERY_CODE' || result.error.code === 'TOO_MANY_ATTEMPTS')
        codeRef.current?.focus();
      else newPassphrase.focus();
    });

  return (
    <LockedLayout>
      <ScreenHeading>Use your recovery code</ScreenHeading>
      <p>
        Enter the recovery code you wrote down when you set up Waymark, then choose a new passphrase. You will then be
        given a new recovery code, and the old one will stop working.
      </p>
      <form onSubmit={submit} noValidate>
        <RecoveryCodeField
          id="recover-code"
          value={recoveryCode}
          onChange={setRecoveryCode}
          error={codeError}
          describedBy={problem ? ['recover-problem'] : []}
          inputRef={codeRef}
        />
        <NewPassphraseFields
          idPrefix="recover"
          labels={{ passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' }}
          {...newPassphrase.fields}
        />
        <FormAlert id="recover-problem" message={problem} />
        <SubmitButton isBusy={isBusy} busyLabel="Checking the recovery code…">
          Recover my vault
        </SubmitButton>
      </form>
      <p className="secondary-action">
        <button type="button" className="link-button" onClick={onBack}>
          Back to unlock
        </button>
      </p>
    </LockedLayout>
  );
}
