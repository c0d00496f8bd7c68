// The subject-access requests register: received, identity checked, deadline
// (one calendar month, or three with an extension the person was told about),
// status. Due requests show on the home screen.
import { asc, eq, inArray } from 'drizzle-orm';
import { subjectAccessDeadline } from '../../../shared/subject-access';
import { clients, subjectAccessRequests } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

export type SubjectAccessRequest = typeof subjectAccessRequests.$inferSelect;

export type IdentityCheck = { checkedBy: string; method: string; checkedOn: string };

type RequestInput = {
  clientId: string;
  receivedOn: string;
  requesterName: string;
  relationship: SubjectAccessRequest['relationship'];
  requesterAddress?: string | undefined;
  requesterContactId?: string | undefined;
  identityCheck?: IdentityCheck | undefined;
};

const identityColumns = (check: IdentityCheck) => ({
  isIdentityChecked: true,
  identityCheckedBy: check.checkedBy.trim(),
  identityCheckMethod: check.method.trim(),
  identityCheckedOn: check.checkedOn,
});

export function logRequest(
  vault: OpenVault,
  input: RequestInput,
  context: ServiceContext = systemContext,
): SubjectAccessRequest {
  const now = context.now();
  const client = vault.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get();
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  if (input.identityCheck && input.identityCheck.checkedOn < input.receivedOn)
    throw new AppError('VALIDATION', 'The identity check cannot be before the request was received.');
  const id = context.newId();
  vault.db
    .insert(subjectAccessRequests)
    .values({
      id,
      clientId: input.clientId,
      receivedOn: input.receivedOn,
      requesterName: input.requesterName.trim(),
      relationship: input.relationship,
      requesterAddress: input.requesterAddress?.trim() ?? '',
      requesterContactId: input.requesterContactId ?? null,
      ...(input.identityCheck ? identityColumns(input.identityCheck) : {}),
      dueOn: subjectAccessDeadline(input.receivedOn, false),
      createdAt: now.toISOString(),
    })
    .run();
  return getRequest(vault, id);
}

/** Records who checked the requester's identity, how and when: any time before the bundle is sent. */
export function recordIdentityCheck(vault: OpenVault, id: string, check: IdentityCheck): SubjectAccessRequest {
  const request = getRequest(vault, id);
  if (request.sentOn)
    throw new AppError(
      'VALIDATION',
      'The bundle for this request was already sent; the identity check can no longer be changed.',
    );
  if (check.checkedOn < request.receivedOn)
    throw new AppError('VALIDATION', 'The identity check cannot be before the request was received.');
  vault.db.update(subjectAccessRequests).set(identityColumns(check)).where(eq(subjectAccessRequests.id, id)).run();
  return getRequest(vault, id);
}

/** Sending the bundle completes the request, with the date it was sent. */
export function markRequestSent(vault: OpenVault, id: string, sentOn: string): SubjectAccessRequest {
  getRequest(vault, id);
  vault.db
    .update(subjectAccessRequests)
    .set({ sentOn, status: 'completed', completedOn: sentOn })
    .where(eq(subjectAccessRequests.id, id))
    .run();
  return getRequest(vault, id);
}

export function getRequest({ db }: OpenVault, id: string): SubjectAccessRequest {
  const request = db.select().from(subjectAccessRequests).where(eq(subjectAccessRequests.id, id)).get();
  if (!request) throw new AppError('NOT_FOUND', 'That request is not in the register.');
  return request;
}

export function extendRequest(
  vault: OpenVault,
  { id, reason, toldOn }: { id: string; reason: string; toldOn: string },
): SubjectAccessRequest {
  const request = getRequest(vault, id);
  if (!reason.trim()) throw new AppError('VALIDATION', 'Say why the request is complex enough to need more time.');
  // The person must be told within the first month.
  if (toldOn > subjectAccessDeadline(request.receivedOn, false)) {
    throw new AppError(
      'VALIDATION',
      'An extension must be explained to the person within the first month, and that date has passed.',
    );
  }
  vault.db
    .update(subjectAccessRequests)
    .set({ dueOn: subjectAccessDeadline(request.receivedOn, true), extensionReason: reason, extensionToldOn: toldOn })
    .where(eq(subjectAccessRequests.id, id))
    .run();
  return getRequest(vault, id);
}

export function setRequestStatus(
  vault: OpenVault,
  { id, status, on }: { id: string; status: SubjectAccessRequest['status']; on: string },
): SubjectAccessRequest {
  getRequest(vault, id);
  vault.db
    .update(subjectAccessRequests)
    .set({ status, completedOn: status === 'completed' ? on : null })
    .where(eq(subjectAccessRequests.id, id))
    .run();
  return getRequest(vault, id);
}

export function openRequests({ db }: OpenVault): SubjectAccessRequest[] {
  return db
    .select()
    .from(subjectAccessRequests)
    .where(inArray(subjectAccessRequests.status, ['received', 'in-progress']))
    .orderBy(asc(subjectAccessRequests.dueOn))
    .all();
}
