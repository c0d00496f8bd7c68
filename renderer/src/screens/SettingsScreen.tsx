// The adviser's settings: passphrase and automatic lock.
import { ScreenHeading } from '../components/ScreenHeading';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';

export function SettingsScreen() {
  return (
    <>
      <ScreenHeading>Settings</ScreenHeading>
      <ChangePassphraseForm />
      <AutoLockForm />
    </>
  );
}
