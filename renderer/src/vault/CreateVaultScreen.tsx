// First run: choose the passphrase that locks the vault.
import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useNewPassphrase } from '../app/use-new-passphrase';
import { useSubmission } from '../app/use-submission';
import { DemoOffer } from '../demo/DemoOffer';
import { FormAlert } from '../components/FormAlert';
import { LockedLayout } from '../components/LockedLayout';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmitButton } from '../components/SubmitButton';

/** onOpenDemo is given only when the preview offers the demo practice. */
type Props = { onCreated: (recoveryCode: string) => void; onOpenDemo?: (() => Promise<string>) | undefined };

export function CreateVaultScreen({ onCreated, onOpenDemo }: Props) {
  const newPassphrase = useNewPassphrase();
  const [problem, setProblem] = useState('');
  const { isBusy, submitWith } = useSubmission();

  const submit = (event: FormEvent) =>
    submitWith(event, async () => {
      setProblem('');
      const boxToFix = newPassphrase.check();
      if (boxToFix) {
        boxToFix.current?.focus();
        return;
      }
      const result = await call('vault.create', {
        passphrase: newPassphrase.passphrase,
        confirmation: newPassphrase.confirmation,
      });
      if (result.ok) {
        onCreated(result.value.recoveryCode);
        return;
      }
      setProblem(result.error.message);
      newPassphrase.focus();
    });

  return (
    <LockedLayout>
      <ScreenHeading>Create your vault</ScreenHeading>
      <p>Waymark keeps your caseload in an encrypted vault on this computer. Choose a passphrase to lock it.</p>
      <p className="callout">
        <strong>Nobody can reset a forgotten passphrase.</strong> After this step Waymark gives you a recovery code: it
        is the only other way back in, so you will need to keep it safe.
      </p>
      <form onSubmit={submit} noValidate>
        <NewPassphraseFields
          idPrefix="create"
          labels={{ passphrase: 'Passphrase', confirmation: 'Type the passphrase again' }}
          {...newPassphrase.fields}
          describedBy={problem ? ['create-problem'] : []}
        />
        <FormAlert id="create-problem" message={problem} />
        <SubmitButton isBusy={isBusy} busyLabel="Creating your vault…">
          Create vault
        </SubmitButton>
      </form>
      {onOpenDemo ? <DemoOffer onOpen={onOpenDemo} /> : null}
    </LockedLayout>
  );
}
