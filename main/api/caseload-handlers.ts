// The caseload: organisations and agreements, adviser checks, reminders and clients.
import { checkReminders, listAdviserChecks, saveAdviserCheck } from '../services/adviser-checks';
import { getClient, listClients, moveClient, saveClient } from '../services/clients';
import {
  endAgreement,
  getOrganisation,
  listOrganisations,
  organisationOverview,
  saveOrganisation,
} from '../services/organisations';
import { openRequests } from '../services/subject-access';
import { overdueInvoices } from '../services/invoices';
import { todayInLondon } from '../../shared/dates';
import type { caseloadChannels } from '../../shared/contract/caseload';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function caseloadHandlers({ vault: current }: HandlerContext): HandlerGroup<typeof caseloadChannels> {
  const open = () => current().database();
  return {
    'organisations.list': ({ includeArchived }) => listOrganisations(open(), includeArchived),
    'organisations.get': ({ id }) => getOrganisation(open(), id),
    'organisations.save': (input) => saveOrganisation(open(), input),
    'organisations.endAgreement': ({ id, endsOn }) => endAgreement(open(), id, endsOn),
    'organisations.overview': ({ id, on }) => organisationOverview(open(), id, on ?? todayInLondon()),
    'adviserChecks.list': () => listAdviserChecks(open()),
    'adviserChecks.save': (check) => saveAdviserCheck(open(), check),
    'home.reminders': ({ on }) => [
      ...checkReminders(open(), on ?? todayInLondon()),
      ...openRequests(open()).map((request) => ({
        kind: `request:${request.id}`,
        title: 'A subject-access request is due',
        dueOn: request.dueOn,
        isOverdue: request.dueOn < (on ?? todayInLondon()),
      })),
      ...overdueInvoices(open(), on ?? todayInLondon()).map((invoice) => ({
        kind: `invoice:${invoice.id}`,
        title: `Invoice ${invoice.number} to ${invoice.organisationName} is unpaid`,
        dueOn: invoice.dueOn,
        isOverdue: true,
      })),
    ],
    'clients.list': (input) => listClients(open(), input),
    'clients.get': ({ id }) => getClient(open(), id),
    'clients.save': (fields) => saveClient(open(), fields),
    'clients.move': (input) => moveClient(open(), input),
  };
}
