// The reminders on the caseload page, gathered from the rooms that own them: an adviser
// check falling due, a subject-access request due, an invoice unpaid.
import { checkReminders, type Reminder } from '../adviser-checks';
import { overdueInvoices } from '../invoices';
import { openRequests } from '../subject-access';
import type { OpenVault } from '../../vault';

export function dueReminders(vault: OpenVault, on: string): Reminder[] {
  return [
    ...checkReminders(vault, on),
    ...openRequests(vault).map((request) => ({
      kind: `request:${request.id}`,
      title: 'A subject-access request is due',
      dueOn: request.dueOn,
      isOverdue: request.dueOn < on,
    })),
    ...overdueInvoices(vault, on).map((invoice) => ({
      kind: `invoice:${invoice.id}`,
      title: `Invoice ${invoice.number} to ${invoice.organisationName} is unpaid`,
      dueOn: invoice.dueOn,
      isOverdue: true,
    })),
  ];
}
