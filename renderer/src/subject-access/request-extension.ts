// Extending a subject-access request by two months, checked as main checks it:
// the contract's rules, and a reason, which main refuses to go without.
import { subjectAccessChannels } from '../../../shared/contract/subject-access';
import { checkWith } from '../app/use-form';

export type ExtensionDraft = { reason: string; toldOn: string };

/** What main takes to extend a request (its limits are the form's too). */
export const extensionInput = subjectAccessChannels['subjectAccess.extendRequest'].input;

export function checkExtension(requestId: string, { reason, toldOn }: ExtensionDraft) {
  return checkWith(
    extensionInput,
    { id: requestId, reason: reason.trim(), toldOn },
    { found: reason.trim() ? {} : { reason: 'Say why the request is complex enough to need more time.' } },
  );
}
