// Channel handlers: thin adapters from validated input to the services.
import { checkReminders, listAdviserChecks, saveAdviserCheck } from '../services/adviser-checks';
import { getClient, listClients, moveClient, saveClient } from '../services/clients';
import { endAgreement, getOrganisation, listOrganisations, organisationOverview, saveOrganisation } from '../services/organisations';
import {
  addAction,
  addAttachment,
  archiveTemplate,
  duplicateTemplate,
  exportTemplate,
  finishInterview,
  getInterview,
  importTemplate,
  listDrafts,
  listForClient,
  listTemplates,
  previousActions,
  readAttachment,
  removeAction,
  saveNotes,
  saveTemplate,
  startInterview,
  updateDetails,
} from '../services/interviews';
import { addPlanImage, batchStatus, cancelBatch, createPlan, exportPlan, finalisePlan, getPlan, listVersions, planForClient, saveDraft, startPlanBatch, startReview } from '../services/plans';
import { startSharedCopyBatch } from '../services/sharing';
import { importRoll } from '../services/roll-import';
import { searchCaseload } from '../services/caseload-search';
import { consentHistory, extendRequest, listDisclosures, logRequest, openRequests, recordConsent, recordIdentityCheck, setRequestStatus, withdrawConsent } from '../services/data-protection';
import { readSettings, updateSettings } from '../services/settings';
import { todayInLondon } from '../../shared/dates';
import type { Handlers } from './dispatcher';
import { backupsHandlers } from './backups-handlers';
import { followUpsHandlers } from './follow-ups-handlers';
import { contactsHandlers } from './contacts-handlers';
import { groupSessionsHandlers } from './group-sessions-handlers';
import { printHandlers } from './print-handlers';
import { filesHandlers } from './files-handlers';
import { safeguardingHandlers } from './safeguarding-handlers';
import { handoverHandlers } from './handover-handlers';
import type { HandlerContext } from './handler-group';
import { practiceRecordsHandlers } from './practice-records-handlers';
import { sharingHandlers } from './sharing-handlers';


export function createHandlers(context: HandlerContext): Handlers {
  const { vault: current, onSettingsChanged, openDemo, isDemoOffered } = context;
  const open = () => current().database();
  return {
    'vault.status': () => ({ state: current().state(), isDemoOffered, isDamaged: current().isDamaged(), isDemo: context.isDemoInUse?.() ?? false }),
    'demo.open': () => openDemo(),
    'vault.create': ({ passphrase, confirmation }) => current().create(passphrase, confirmation),
    'vault.confirmRecoveryCode': async ({ recoveryCode }) => {
      await current().confirmRecoveryCode(recoveryCode);
      return { isConfirmed: true as const };
    },
    'vault.unlock': async ({ passphrase }) => {
      await current().unlock(passphrase);
      return {};
    },
    'vault.recover': ({ recoveryCode, newPassphrase, confirmation }) => current().recover(recoveryCode, newPassphrase, confirmation),
    'vault.lock': () => {
      current().lock();
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase, confirmation }) => {
      await current().changePassphrase(currentPassphrase, newPassphrase, confirmation);
      return {};
    },
    'settings.get': () => readSettings(current().database().db),
    'settings.update': (changes) => {
      const updated = updateSettings(current().database().db, changes);
      onSettingsChanged();
      return updated;
    },
    'session.activity': () => ({}),
    'organisations.list': ({ includeArchived }) => listOrganisations(open(), includeArchived),
    'organisations.get': ({ id }) => getOrganisation(open(), id),
    'organisations.save': (input) => saveOrganisation(open(), input),
    'organisations.endAgreement': ({ id, endsOn }) => endAgreement(open(), id, endsOn),
    'organisations.overview': ({ id, on }) => organisationOverview(open(), id, on ?? todayInLondon()),
    'adviserChecks.list': () => listAdviserChecks(open()),
    'adviserChecks.save': (check) => saveAdviserCheck(open(), check),
    'home.reminders': ({ on }) => [
      ...checkReminders(open(), on ?? todayInLondon()),
      ...openRequests(open()).map((request) => ({ kind: `request:${request.id}`, title: 'A subject-access request is due', dueOn: request.dueOn, isOverdue: request.dueOn < (on ?? todayInLondon()) })),
    ],
    'clients.list': ({ filter, sort, offset, limit, on }) => listClients(open(), filter, sort, offset, limit, on ?? todayInLondon()),
    'clients.get': ({ id }) => getClient(open(), id),
    'clients.save': (fields) => saveClient(open(), fields),
    'clients.move': ({ id, organisationId, yearGroup, on }) => moveClient(open(), id, organisationId, yearGroup, on ? new Date(`${on}T12:00:00Z`) : new Date()),
    'search.query': ({ text, limit }) => searchCaseload(open(), text, limit ?? 20),
    'roll.import': (input) => importRoll(open(), input),
    'templates.list': () => listTemplates(open()),
    'templates.save': (input) => saveTemplate(open(), input),
    'templates.duplicate': ({ id }) => duplicateTemplate(open(), id),
    'templates.archive': ({ id }) => {
      archiveTemplate(open(), id);
      return {};
    },
    'templates.export': ({ id }) => exportTemplate(open(), id),
    'templates.import': ({ json }) => importTemplate(open(), json),
    'interviews.start': ({ heldOn, ...input }) => startInterview(open(), { ...input, heldOn: heldOn ?? todayInLondon() }),
    'interviews.get': ({ id }) => getInterview(open(), id),
    'interviews.saveNotes': ({ interviewId, stageIndex, text }) => saveNotes(open(), interviewId, stageIndex, text),
    'interviews.updateDetails': ({ id, details }) => updateDetails(open(), id, details),
    'interviews.addAction': ({ interviewId, ...action }) => addAction(open(), interviewId, action),
    'interviews.removeAction': ({ interviewId, actionId }) => removeAction(open(), interviewId, actionId),
    'interviews.addAttachment': ({ interviewId, fileName, dataBase64 }) => {
      addAttachment(open(), interviewId, fileName, dataBase64);
      return getInterview(open(), interviewId);
    },
    'interviews.attachment': ({ id }) => readAttachment(open(), id),
    'interviews.finish': ({ id }) => finishInterview(open(), id),
    'interviews.listForClient': ({ clientId }) => listForClient(open(), clientId),
    'interviews.drafts': () => listDrafts(open()),
    'interviews.previousActions': ({ clientId, beforeInterviewId }) => previousActions(open(), clientId, beforeInterviewId),
    'plans.forClient': ({ clientId }) => ({ plan: planForClient(open(), clientId) }),
    'plans.create': ({ clientId, sectionSet, fromInterviewId }) => createPlan(open(), clientId, sectionSet, fromInterviewId),
    'plans.saveDraft': ({ planId, content }) => saveDraft(open(), planId, content),
    'plans.finalise': ({ planId, interviewId }) => finalisePlan(open(), planId, interviewId),
    'plans.startReview': ({ planId }) => startReview(open(), planId),
    'plans.versions': ({ planId }) => listVersions(open(), planId),
    'plans.addImage': ({ planId, fileName, dataBase64 }) => {
      addPlanImage(open(), planId, fileName, dataBase64);
      return getPlan(open(), planId);
    },
    'plans.export': async ({ planId, variant, versionNumber }) => {
      const exported = await exportPlan(open(), planId, variant, versionNumber);
      return { fileName: exported.fileName, dataBase64: exported.bytes.toString('base64') };
    },
    'plans.batchStart': ({ folder, variant, organisationId, yearGroup, sharing }) =>
      sharing
        ? startSharedCopyBatch(open(), { folder, organisationId, yearGroup, isEasyRead: variant.isEasyRead, purpose: sharing.purpose, recipient: sharing.recipient, on: todayInLondon() })
        : startPlanBatch(open(), { folder, variant, organisationId, yearGroup }),
    'plans.batchStatus': ({ jobId }) => batchStatus(jobId),
    'plans.batchCancel': ({ jobId }) => cancelBatch(jobId),
    'consent.history': ({ clientId }) => consentHistory(open(), clientId),
    'consent.record': ({ clientId, consent }) => recordConsent(open(), clientId, consent),
    'consent.withdraw': ({ clientId, withdrawnOn, note }) => withdrawConsent(open(), clientId, withdrawnOn, note),
    'disclosures.list': ({ clientId }) => listDisclosures(open(), clientId),
    'requests.log': (input) => logRequest(open(), input),
    'requests.recordIdentityCheck': ({ id, identityCheck }) => recordIdentityCheck(open(), id, identityCheck),
    'requests.extend': ({ id, reason, toldOn }) => extendRequest(open(), id, reason, toldOn),
    'requests.setStatus': ({ id, status, on }) => setRequestStatus(open(), id, status, on),
    'requests.open': () => openRequests(open()),
    ...sharingHandlers(context),
    ...practiceRecordsHandlers(context),
    ...handoverHandlers(context),
    ...backupsHandlers(context),
    ...followUpsHandlers(context),
    ...contactsHandlers(context),
    ...safeguardingHandlers(context),
    ...groupSessionsHandlers(context),
    ...printHandlers(context),
    ...filesHandlers(context),
  };
}
