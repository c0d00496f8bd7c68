// One client's subject-access requests, open or closed, for their privacy page,
// and what the bundle form needs to know about them.
import { desc, eq } from 'drizzle-orm';
import { subjectAccessRequests } from '../../db/schema';
import type { OpenVault } from '../../vault';
import type { SubjectAccessRequest } from '../data-protection';

export function requestsForClient({ db }: OpenVault, clientId: string): SubjectAccessRequest[] {
  return db.select().from(subjectAccessRequests).where(eq(subjectAccessRequests.clientId, clientId)).orderBy(desc(subjectAccessRequests.receivedOn), desc(subjectAccessRequests.createdAt)).all();
}

/** How many safeguarding records the client has: the bundle form asks for a decision on them first. */
export function safeguardingRecordCount({ sqlite }: OpenVault, clientId: string): number {
  return (sqlite.prepare('SELECT count(*) AS count FROM safeguarding_concerns WHERE client_id = ?').get(clientId) as { count: number }).count;
}
