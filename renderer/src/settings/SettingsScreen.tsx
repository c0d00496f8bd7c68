// The adviser's settings: backups and sync, their own checks, what plans and invoices say, passphrase and automatic lock.
import { BackupSummary } from '../backups/BackupSummary';
import { ScreenHeading } from '../components/ScreenHeading';
import { InvoiceSettings } from '../invoices/InvoiceSettings';
import { PlanFooterSettings } from '../plans/PlanFooterSettings';
import { CompetencyFrameworkForm } from '../progress/CompetencyFrameworkForm';
import { AdviserChecksForm } from '../adviser-checks/AdviserChecksForm';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SyncSettings } from '../sync/SyncSettings';
import { QualificationForm } from './QualificationForm';

export function SettingsScreen() {
  return (
    <>
      <ScreenHeading>Settings</ScreenHeading>
      <BackupSummary />
      <SyncSettings />
      <AdviserChecksForm />
      <PlanFooterSettings />
      <InvoiceSettings />
      <QualificationForm />
      <CompetencyFrameworkForm />
      <ChangePassphraseForm />
      <AutoLockForm />
    </>
  );
}
