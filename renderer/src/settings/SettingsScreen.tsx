// The adviser's settings: their own checks, passphrase and automatic lock.
import { BackupSummary } from '../backups/BackupSummary';
import { ScreenHeading } from '../components/ScreenHeading';
import { PlanFooterSettings } from '../plans/PlanFooterSettings';
import { AdviserChecksForm } from './AdviserChecksForm';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { QualificationForm } from './QualificationForm';

export function SettingsScreen() {
  return (
    <>
      <ScreenHeading>Settings</ScreenHeading>
      <BackupSummary />
      <AdviserChecksForm />
      <PlanFooterSettings />
      <QualificationForm />
      <ChangePassphraseForm />
      <AutoLockForm />
    </>
  );
}
