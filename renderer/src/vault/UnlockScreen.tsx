// Unlock with the passphrase. Focus starts in the field, so the adviser can
// just type and press Enter.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { LockReason } from '../app/screen';
import { describedByProblem } from '../app/described-by-problem';
import { useDraftForm, type Checked } from '../app/use-form';
import { useTakingLong } from '../app/use-taking-long';
import { DemoOffer } from '../demo/DemoOffer';
import { FormActions } from '../components/FormActions';
import { LockedLayout } from '../components/LockedLayout';
import { KnownPassphraseField } from '../components/KnownPassphraseField';
import { ScreenHeading } from '../components/ScreenHeading';
import { RestoreBackupForm } from './RestoreBackupForm';

/** onOpenDemo is given only when the preview offers the demo practice. */
type Props = {
  lockReason: LockReason;
  onUnlocked: () => void;
  onForgotten: () => void;
  onOpenDemo?: (() => Promise<string>) | undefined;
};

export function UnlockScreen({ lockReason, onUnlocked, onForgotten, onOpenDemo }: Props) {
  /** The vault opened but failed its check: offer a restore instead of carrying on. */
  const [isDamaged, setIsDamaged] = useState(false);
  const { draft, field, formRef, status, submit } = useDraftForm('unlock', { passphrase: '' });
  const inputRef = useRef<HTMLInputElement>(null);
  const isIdleLock = lockReason === 'inactivity';
  // An unlock takes about a second. The first after an update also brings the vault up to date
  // (migrations, after a backup when backups are set up): up to a minute with a very large caseload.
  const isTakingLong = useTakingLong(status.isBusy, 4_000);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const unlock = (event: FormEvent) =>
    submit(event, {
      // The one box is described by the problem above the button, so an empty one is said there too.
      check: (): Checked<typeof draft> =>
        draft.passphrase.length === 0
          ? { errors: {}, problem: 'Enter your passphrase to unlock Waymark.', focus: () => inputRef.current?.focus() }
          : { value: draft },
      send: (input) => call('vault.unlock', input),
      onSent: onUnlocked,
      onRefused: (error) => {
        if (error.code === 'VAULT_DAMAGED') {
          setIsDamaged(true);
          return;
        }
        // Selected, so the next try is typed over the wrong one.
        inputRef.current?.select();
        inputRef.current?.focus();
      },
    });

  const describedBy = [
    ...(isIdleLock ? ['unlock-idle'] : []),
    ...(lockReason === 'damaged' ? ['unlock-damaged'] : []),
    ...describedByProblem('unlock', status),
  ];

  return (
    <LockedLayout>
      <ScreenHeading isFocusedOnMount={false}>Unlock Waymark</ScreenHeading>
      {isIdleLock ? (
        <div id="unlock-idle" className="notice notice-info">
          <p>
            <strong>Locked after a period of inactivity.</strong> Waymark locks itself when it has not been used for a
            while, to keep your records safe.
          </p>
        </div>
      ) : lockReason === 'damaged' ? (
        <div id="unlock-damaged" className="notice notice-info">
          <p>
            <strong>Waymark found damage in the vault and locked it.</strong> Nothing has been changed or deleted. Enter
            your passphrase to see how to restore it from a backup.
          </p>
        </div>
      ) : (
        <p>Enter your passphrase to open Waymark. After a lock, it opens where you were.</p>
      )}
      <form ref={formRef} onSubmit={unlock} noValidate>
        <KnownPassphraseField
          {...field('passphrase')}
          label="Passphrase"
          describedBy={describedBy}
          inputRef={inputRef}
        />
        <FormActions idPrefix="unlock" status={status} busyLabel="Unlocking…">
          Unlock
        </FormActions>
        <div id="unlock-still-opening" role="status">
          {isTakingLong ? (
            <p className="notice notice-info">
              Still opening. The first unlock after Waymark is updated brings your records up to date, which can take a
              minute with a large caseload. Please keep Waymark open.
            </p>
          ) : null}
        </div>
      </form>
      <p className="secondary-action">
        <button type="button" className="link-button" onClick={onForgotten}>
          Forgotten your passphrase? Use your recovery code
        </button>
      </p>
      {isDamaged ? <RestoreBackupForm onRestored={onUnlocked} /> : null}
      {onOpenDemo ? <DemoOffer onOpen={onOpenDemo} /> : null}
    </LockedLayout>
  );
}
