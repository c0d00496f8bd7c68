// The adviser's settings: their own checks, what plans and invoices say, passphrase and automatic lock.
import { BackupSummary } from '../backups/BackupSummary';
import { ScreenHeading } from '../components/ScreenHeading';
import { InvoiceSettings } from '../invoices/InvoiceSettings';
import { PlanFooterSettings } from '../plans/PlanFooterSettings';
import { CompetencyFrameworkForm } from '../progress/CompetencyFrameworkForm';
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
      <InvoiceSettings />
      <QualificationForm />
      <CompetencyFrameworkForm />
      <ChangePassphraseForm />
      <AutoLockForm />
    </>
  );
}
