// First run: choose the passphrase that locks the vault.
import type { FormEvent } from 'react';
import { vaultChannels } from '../../../shared/contract/vault';
import { call } from '../api/client';
import { useNewPassphrase } from '../app/use-new-passphrase';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useForm } from '../app/use-form';
import { DemoOffer } from '../demo/DemoOffer';
import { FormActions } from '../components/FormActions';
import { LockedLayout } from '../components/LockedLayout';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { ScreenHeading } from '../components/ScreenHeading';

/** onOpenDemo is given only when the preview offers the demo practice. */
type Props = { onCreated: (recoveryCode: string) => void; onOpenDemo?: (() => Promise<string>) | undefined };

export function CreateVaultScreen({ onCreated, onOpenDemo }: Props) {
  const newPassphrase = useNewPassphrase();
  const { formRef, status, submit } = useForm();

  const create = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          vaultChannels['vault.create'].input,
          { passphrase: newPassphrase.passphrase, confirmation: newPassphrase.confirmation },
          { found: newPassphrase.found() },
        ),
      send: (input) => call('vault.create', input),
      onSent: ({ recoveryCode }) => onCreated(recoveryCode),
      onRefused: newPassphrase.focus,
    });

  return (
    <LockedLayout>
      <ScreenHeading>Create your vault</ScreenHeading>
      <p>Waymark keeps your caseload in an encrypted vault on this computer. Choose a passphrase to lock it.</p>
      <p className="callout">
        <strong>Nobody can reset a forgotten passphrase.</strong> After this step Waymark gives you a recovery code: it
        is the only other way back in, so you will need to keep it safe.
      </p>
      <form ref={formRef} onSubmit={create} noValidate>
        <NewPassphraseFields
          idPrefix="create"
          labels={{ passphrase: 'Passphrase', confirmation: 'Type the passphrase again' }}
          {...newPassphrase.fields}
          describedBy={describedByProblem('create', status)}
        />
        <FormActions idPrefix="create" status={status} busyLabel="Creating your vault…">
          Create vault
        </FormActions>
      </form>
      {onOpenDemo ? <DemoOffer onOpen={onOpenDemo} /> : null}
    </LockedLayout>
  );
}
