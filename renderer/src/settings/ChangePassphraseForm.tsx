// Change the passphrase: the current one proves it is the adviser; the data
// stays as it is and only the key's wrapping changes.
import type { FormEvent } from 'react';
import type { AppErrorBody } from '../../../shared/contract/errors';
import { vaultChannels } from '../../../shared/contract/vault';
import { call } from '../api/client';
import { useNewPassphrase } from '../app/use-new-passphrase';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { PassphraseField } from '../components/PassphraseField';

/** Refusals about the current passphrase are marked beside it; any other points back to the new one. */
const isAboutCurrent = (error: AppErrorBody) => error.code === 'WRONG_PASSPHRASE' || error.code === 'TOO_MANY_ATTEMPTS';

export function ChangePassphraseForm() {
  const { draft, change, field, formRef, status, submit } = useDraftForm('change', { currentPassphrase: '' });
  const newPassphrase = useNewPassphrase();

  const changePassphrase = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          vaultChannels['vault.changePassphrase'].input,
          { ...draft, newPassphrase: newPassphrase.passphrase, confirmation: newPassphrase.confirmation },
          {
            found: {
              ...(draft.currentPassphrase.length === 0 ? { currentPassphrase: 'Enter your current passphrase.' } : {}),
              ...newPassphrase.found(),
            },
          },
        ),
      send: (input) => call('vault.changePassphrase', input),
      onSent: () => {
        change({ currentPassphrase: '' });
        newPassphrase.clear();
        return 'Passphrase changed. Use the new passphrase next time you unlock Waymark.';
      },
      refusedField: (error) => (isAboutCurrent(error) ? 'currentPassphrase' : undefined),
      onRefused: newPassphrase.focus,
    });

  return (
    <section className="panel" aria-labelledby="change-passphrase-heading">
      <h2 id="change-passphrase-heading">Change passphrase</h2>
      <p>Your recovery code stays the same.</p>
      <form ref={formRef} onSubmit={changePassphrase} noValidate>
        <PassphraseField
          {...field('currentPassphrase')}
          label="Current passphrase"
          isVisible={newPassphrase.isVisible}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          idPrefix="change"
          labels={{ passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' }}
          {...newPassphrase.fields}
          describedBy={describedByProblem('change', status)}
        />
        <FormActions idPrefix="change" status={status} busyLabel="Changing passphrase…">
          Change passphrase
        </FormActions>
      </form>
    </section>
  );
}
