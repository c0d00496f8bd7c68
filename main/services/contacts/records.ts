// A client's parents, carers and other contacts: listed, added, changed and
// removed. A contact named on a consent record stays, because that record
// must keep saying who gave consent.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ClientContact, ClientContactInput } from '../../../shared/contract/contacts';
import { clientContacts, clients, consents } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

export function listContacts({ db }: OpenVault, { clientId }: { clientId: string }): ClientContact[] {
  return db
    .select()
    .from(clientContacts)
    .where(eq(clientContacts.clientId, clientId))
    .orderBy(asc(clientContacts.createdAt), asc(sql`rowid`))
    .all();
}

export function getContact({ db }: OpenVault, { clientId, id }: { clientId: string; id: string }): ClientContact {
  const contact = db
    .select()
    .from(clientContacts)
    .where(and(eq(clientContacts.id, id), eq(clientContacts.clientId, clientId)))
    .get();
  if (!contact)
    throw new AppError('NOT_FOUND', 'That contact is not on this client’s record (it may have been removed).');
  return contact;
}

export function saveContact(
  vault: OpenVault,
  input: ClientContactInput,
  context: ServiceContext = systemContext,
): ClientContact {
  const now = context.now();
  const { db } = vault;
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()) {
    throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  }
  const { id: givenId, ...fields } = input;
  const timestamp = now.toISOString();
  if (givenId) {
    getContact(vault, { clientId: input.clientId, id: givenId });
    db.update(clientContacts)
      .set({ ...fields, updatedAt: timestamp })
      .where(eq(clientContacts.id, givenId))
      .run();
    return getContact(vault, { clientId: input.clientId, id: givenId });
  }
  const id = context.newId();
  db.insert(clientContacts)
    .values({ id, ...fields, createdAt: timestamp, updatedAt: timestamp })
    .run();
  return getContact(vault, { clientId: input.clientId, id });
}

export function removeContact(vault: OpenVault, { clientId, id }: { clientId: string; id: string }): void {
  getContact(vault, { clientId, id });
  const consent = vault.db
    .select({ givenOn: consents.givenOn })
    .from(consents)
    .where(eq(consents.givenByContactId, id))
    .get();
  if (consent) {
    throw new AppError(
      'VALIDATION',
      'This contact gave the consent in the consent history, which must keep saying who gave it, so they stay on the record. Change their details instead if they are out of date.',
    );
  }
  vault.db.delete(clientContacts).where(eq(clientContacts.id, id)).run();
}
