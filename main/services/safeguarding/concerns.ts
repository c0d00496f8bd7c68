// Safeguarding concerns on a client: what was said or seen and when, who it
// was reported to and when, and the reference. They are never part of a copy
// for anyone else unless the adviser decides so (see handover and sharing).
import { and, desc, eq, sql } from 'drizzle-orm';
import type {
  SafeguardingConcern,
  SafeguardingConcernInput,
  SafeguardingLeads,
} from '../../../shared/contract/safeguarding';
import { clients, organisations, safeguardingConcerns } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { leadsFromColumns } from './leads';
import { type ServiceContext, systemContext } from '../context';

/** Newest first by the day it was raised; rowid keeps two on the same day in the order recorded. */
export function listConcerns({ db }: OpenVault, { clientId }: { clientId: string }): SafeguardingConcern[] {
  return db
    .select()
    .from(safeguardingConcerns)
    .where(eq(safeguardingConcerns.clientId, clientId))
    .orderBy(desc(safeguardingConcerns.raisedOn), desc(sql`rowid`))
    .all();
}

export function countConcerns({ sqlite }: OpenVault, { clientId }: { clientId: string }): number {
  return (
    sqlite.prepare('SELECT count(*) AS total FROM safeguarding_concerns WHERE client_id = ?').get(clientId) as {
      total: number;
    }
  ).total;
}

/** The concerns and whom to report to: the DSL and deputy of the client's current organisation. */
export function concernsForClient(
  vault: OpenVault,
  { clientId }: { clientId: string },
): { concerns: SafeguardingConcern[]; organisation: { id: string; name: string; leads: SafeguardingLeads } } {
  const row = vault.db
    .select({ organisation: organisations })
    .from(clients)
    .innerJoin(organisations, eq(organisations.id, clients.organisationId))
    .where(eq(clients.id, clientId))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  return {
    concerns: listConcerns(vault, { clientId }),
    organisation: { id: row.organisation.id, name: row.organisation.name, leads: leadsFromColumns(row.organisation) },
  };
}

export function saveConcern(
  vault: OpenVault,
  input: SafeguardingConcernInput,
  context: ServiceContext = systemContext,
): SafeguardingConcern {
  const now = context.now();
  const { db } = vault;
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get())
    throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const { id: givenId, ...fields } = input;
  const timestamp = now.toISOString();
  const id = givenId ?? context.newId();
  if (givenId) {
    const { changes } = db
      .update(safeguardingConcerns)
      .set({ ...fields, updatedAt: timestamp })
      .where(and(eq(safeguardingConcerns.id, givenId), eq(safeguardingConcerns.clientId, input.clientId)))
      .run();
    if (changes === 0) throw new AppError('NOT_FOUND', 'That safeguarding record is not on this client’s record.');
  } else {
    db.insert(safeguardingConcerns)
      .values({ id, ...fields, createdAt: timestamp, updatedAt: timestamp })
      .run();
  }
  const saved = db.select().from(safeguardingConcerns).where(eq(safeguardingConcerns.id, id)).get();
  if (!saved) throw new AppError('INTERNAL', 'The safeguarding record could not be read back. Try again.');
  return saved;
}
