// The whole practice's subject-access register, open and closed, with the
// name of the client each request is about.
import { desc, eq } from 'drizzle-orm';
import { clients, subjectAccessRequests } from '../../db/schema';
import type { OpenVault } from '../../vault';

export type RegisterEntry = Omit<typeof subjectAccessRequests.$inferSelect, 'createdAt'> & { clientName: string };

export function requestRegister({ db }: OpenVault): RegisterEntry[] {
  const rows = db
    .select({
      request: subjectAccessRequests,
      forename: clients.forename,
      preferredName: clients.preferredName,
      surname: clients.surname,
    })
    .from(subjectAccessRequests)
    .innerJoin(clients, eq(clients.id, subjectAccessRequests.clientId))
    .orderBy(desc(subjectAccessRequests.receivedOn), desc(subjectAccessRequests.createdAt))
    .all();
  return rows.map(({ request: { createdAt: _createdAt, ...request }, forename, preferredName, surname }) => ({
    ...request,
    clientName: `${preferredName.trim() || forename} ${surname}`,
  }));
}
