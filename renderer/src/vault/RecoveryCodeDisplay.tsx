// Shows the recovery code in large, grouped characters with what it is for.
import { LockedLayout } from '../components/LockedLayout';
import { ScreenHeading } from '../components/ScreenHeading';

type Props = { recoveryCode: string; origin: 'created' | 'recovered'; onWrittenDown: () => void };

export function RecoveryCodeDisplay({ recoveryCode, origin, onWrittenDown }: Props) {
  const groups = recoveryCode.split('-');
  return (
    <LockedLayout>
      <ScreenHeading>{origin === 'created' ? 'Your recovery code' : 'Your new recovery code'}</ScreenHeading>
      {origin === 'recovered' ? (
        <p className="callout">
          Your vault is open again with your new passphrase. The recovery code you just used no longer works.
        </p>
      ) : null}
      <p>
        If you ever forget your passphrase, this code is the only way back into your vault. Waymark shows it only once.
      </p>
      {/* Real spaces between the groups, so screen readers pause where the eye does. */}
      <p className="recovery-code" data-testid="recovery-code">
        {groups.map((group, index) => (
          <span key={index}>
            {group}
            {index < groups.length - 1 ? ' ' : null}
          </span>
        ))}
      </p>
      <ul className="advice-list">
        <li>Write it down on paper now, and check each group of four characters.</li>
        <li>Keep the paper somewhere safe and away from this computer, so a thief who takes one does not get both.</li>
        <li>Do not save it in a file, an email or a photo on this computer.</li>
      </ul>
      <button type="button" className="button button-primary" onClick={onWrittenDown}>
        I have written it down
      </button>
    </LockedLayout>
  );
}
