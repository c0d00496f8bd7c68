// The unlocked app's page for where the adviser is.
import type { HomePage } from '../app/screen';
import { CaseloadScreen } from '../caseload/CaseloadScreen';
import { ClientFormScreen } from '../clients/ClientFormScreen';
import { ClientScreen } from '../clients/ClientScreen';
import { OrganisationFormScreen } from '../organisations/OrganisationFormScreen';
import { OrganisationsScreen } from '../organisations/OrganisationsScreen';
import { OverviewScreen } from '../organisations/OverviewScreen';
import { InterviewScreen } from '../interviews/InterviewScreen';
import { PlanScreen } from '../plans/PlanScreen';
import { ImportRollScreen } from '../roll-import/ImportRollScreen';
import { TemplateEditScreen } from '../templates/TemplateEditScreen';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { ClientPrivacyScreen } from '../privacy/ClientPrivacyScreen';
import { DataProtectionScreen } from '../data-protection/DataProtectionScreen';
import { HandoverScreen } from '../handover/HandoverScreen';
import { BackupsScreen } from '../backups/BackupsScreen';
import { GroupSessionScreen } from '../group-sessions/GroupSessionScreen';
import { ReportScreen } from '../reports/ReportScreen';
import { SchoolDestinationsScreen } from '../destinations/SchoolDestinationsScreen';
import { BookScreen } from '../diary/BookScreen';
import { SessionScreen } from '../diary/SessionScreen';
import { TodayScreen } from '../diary/TodayScreen';
import { WeekScreen } from '../diary/WeekScreen';
import { InvoiceNewScreen } from '../invoices/InvoiceNewScreen';
import { InvoiceScreen } from '../invoices/InvoiceScreen';
import { InvoicesScreen } from '../invoices/InvoicesScreen';
import { SyncChoicesScreen } from '../sync/SyncChoicesScreen';

export function PageView({ page }: { page: HomePage }) {
  switch (page.name) {
    case 'caseload':
      return <CaseloadScreen query={page.query} />;
    case 'client':
      return <ClientScreen clientId={page.clientId} notice={page.notice} />;
    case 'client-edit':
      return <ClientFormScreen clientId={page.clientId} organisationId={null} />;
    case 'client-new':
      return <ClientFormScreen clientId={null} organisationId={page.organisationId} />;
    case 'organisations':
      return <OrganisationsScreen />;
    case 'organisation':
      return <OverviewScreen organisationId={page.organisationId} notice={page.notice} />;
    case 'organisation-edit':
      return <OrganisationFormScreen organisationId={page.organisationId} />;
    case 'organisation-report':
      return <ReportScreen organisationId={page.organisationId} />;
    case 'school-destinations':
      return <SchoolDestinationsScreen organisationId={page.organisationId} />;
    case 'import':
      return <ImportRollScreen organisationId={page.organisationId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'interview':
      return <InterviewScreen interviewId={page.interviewId} />;
    case 'plan':
      return <PlanScreen clientId={page.clientId} fromInterviewId={page.fromInterviewId} view={page.view ?? 'edit'} />;
    case 'templates':
      return <TemplatesScreen notice={page.notice} />;
    case 'template':
      return <TemplateEditScreen templateId={page.templateId} />;
    case 'client-privacy':
      return <ClientPrivacyScreen clientId={page.clientId} notice={page.notice} />;
    case 'data-protection':
      return <DataProtectionScreen view={page.view ?? 'requests'} notice={page.notice} />;
    case 'handover':
      return <HandoverScreen clientId={page.clientId} />;
    case 'backups':
      return <BackupsScreen notice={page.notice} />;
    case 'sync-choices':
      return <SyncChoicesScreen />;
    case 'group-session':
      return <GroupSessionScreen organisationId={page.organisationId} sessionId={page.sessionId ?? null} />;
    case 'diary':
      return <WeekScreen weekOf={page.weekOf} />;
    case 'diary-today':
      return <TodayScreen />;
    case 'diary-session':
      return <SessionScreen page={page} />;
    case 'diary-book':
      return <BookScreen organisationId={page.organisationId} sessionId={page.sessionId} pupils={page.pupils ?? []} />;
    case 'invoices':
      return <InvoicesScreen notice={page.notice} />;
    case 'invoice-new':
      return <InvoiceNewScreen organisationId={page.organisationId} />;
    case 'invoice':
      return <InvoiceScreen invoiceId={page.invoiceId} notice={page.notice} />;
  }
}
