// One client's subject-access requests, open or closed, for their privacy page.
import { desc, eq } from 'drizzle-orm';
import { subjectAccessRequests } from '../../db/schema';
import type { OpenVault } from '../../vault';
import type { SubjectAccessRequest } from './requests';

export function requestsForClient({ db }: OpenVault, clientId: string): SubjectAccessRequest[] {
  return db
    .select()
    .from(subjectAccessRequests)
    .where(eq(subjectAccessRequests.clientId, clientId))
    .orderBy(desc(subjectAccessRequests.receivedOn), desc(subjectAccessRequests.createdAt))
    .all();
}
