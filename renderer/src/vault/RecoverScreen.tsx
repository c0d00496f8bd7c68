// A forgotten passphrase: the recovery code opens the vault and a new
// passphrase replaces the old one. A new recovery code follows.
import { useRef, useState, type FormEvent } from 'react';
import { isWellFormedRecoveryCode } from '../../../shared/recovery-code';
import { call } from '../api/client';
import { useNewPassphrase } from '../app/use-new-passphrase';
import { malformedRecoveryCode, recoveryCodeFormatHint } from '../app/recovery-code-text';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { LockedLayout } from '../components/LockedLayout';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { ShowPassphraseToggle } from '../components/ShowPassphraseToggle';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';

type Props = { onRecovered: (recoveryCode: string) => void; onBack: () => void };

export function RecoverScreen({ onRecovered, onBack }: Props) {
  const [recoveryCode, setRecoveryCode] = useState('');
  const newPassphrase = useNewPassphrase();
  const [codeError, setCodeError] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const codeRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
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
  };

  return (
    <LockedLayout>
      <ScreenHeading>Use your recovery code</ScreenHeading>
      <p>
        Enter the recovery code you wrote down when you set up Waymark, then choose a new passphrase. You will then be
        given a new recovery code, and the old one will stop working.
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="recover-code"
          label="Recovery code"
          hint={recoveryCodeFormatHint}
          value={recoveryCode}
          onChange={setRecoveryCode}
          error={codeError}
          describedBy={problem ? ['recover-problem'] : []}
          inputRef={codeRef}
          className="code-input"
          inputProps={{ autoComplete: 'off', maxLength: 64 }}
        />
        <NewPassphraseFields
          idPrefix="recover"
          labels={{ passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' }}
          {...newPassphrase.fields}
        />
        <ShowPassphraseToggle
          id="recover-show"
          isVisible={newPassphrase.isVisible}
          onChange={newPassphrase.setIsVisible}
          label="Show passphrases"
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
