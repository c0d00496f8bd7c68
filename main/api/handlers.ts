// Every channel's handler, one group per domain: each group answers the
// channels of its contract file (shared/contract/<domain>.ts) in
// main/api/<domain>-handlers.ts. A channel with no handler fails the type check.
import type { Handlers } from './dispatcher';
import { adviserChecksHandlers } from './adviser-checks-handlers';
import { auditHandlers } from './audit-handlers';
import { backupsHandlers } from './backups-handlers';
import { calendarHandlers } from './calendar-handlers';
import { syncHandlers } from './sync-handlers';
import { clientsHandlers } from './clients-handlers';
import { consentHandlers } from './consent-handlers';
import { contactsHandlers } from './contacts-handlers';
import { destinationsHandlers } from './destinations-handlers';
import { diaryHandlers } from './diary-handlers';
import { disclosuresHandlers } from './disclosures-handlers';
import { erasureHandlers } from './erasure-handlers';
import { filesHandlers } from './files-handlers';
import { followUpsHandlers } from './follow-ups-handlers';
import { groupSessionsHandlers } from './group-sessions-handlers';
import type { HandlerContext } from './handler-group';
import { handoverHandlers } from './handover-handlers';
import { remindersHandlers } from './reminders-handlers';
import { interviewsHandlers } from './interviews-handlers';
import { invoicesHandlers } from './invoices-handlers';
import { organisationsHandlers } from './organisations-handlers';
import { plansHandlers } from './plans-handlers';
import { practiceHandlers } from './practice-handlers';
import { printHandlers } from './print-handlers';
import { progressHandlers } from './progress-handlers';
import { reportsHandlers } from './reports-handlers';
import { retentionHandlers } from './retention-handlers';
import { rollImportHandlers } from './roll-import-handlers';
import { safeguardingHandlers } from './safeguarding-handlers';
import { searchHandlers } from './search-handlers';
import { settingsHandlers } from './settings-handlers';
import { sharingHandlers } from './sharing-handlers';
import { subjectAccessHandlers } from './subject-access-handlers';
import { templatesHandlers } from './templates-handlers';
import { vaultHandlers } from './vault-handlers';

export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...vaultHandlers(context),
    ...settingsHandlers(context),
    ...organisationsHandlers(context),
    ...adviserChecksHandlers(context),
    ...remindersHandlers(context),
    ...clientsHandlers(context),
    ...searchHandlers(context),
    ...rollImportHandlers(context),
    ...templatesHandlers(context),
    ...interviewsHandlers(context),
    ...plansHandlers(context),
    ...consentHandlers(context),
    ...disclosuresHandlers(context),
    ...sharingHandlers(context),
    ...subjectAccessHandlers(context),
    ...erasureHandlers(context),
    ...retentionHandlers(context),
    ...auditHandlers(context),
    ...practiceHandlers(context),
    ...handoverHandlers(context),
    ...backupsHandlers(context),
    ...followUpsHandlers(context),
    ...contactsHandlers(context),
    ...destinationsHandlers(context),
    ...safeguardingHandlers(context),
    ...groupSessionsHandlers(context),
    ...printHandlers(context),
    ...filesHandlers(context),
    ...diaryHandlers(context),
    ...invoicesHandlers(context),
    ...reportsHandlers(context),
    ...calendarHandlers(context),
    ...syncHandlers(context),
    ...progressHandlers(context),
  };
}
