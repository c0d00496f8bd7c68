// One client's destinations: each entry is dated and kept, so the history
// shows how plans changed; a mistaken entry can be taken out, nothing else is
// rewritten. Dates are checked against the person: nothing before they were
// born, and nothing recorded in the future.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { academicYearOf } from '../../../shared/caseload';
import { currentCodeListVersion, describeActivity } from '../../../shared/destinations/nccis-codes';
import { todayInLondon } from '../../../shared/dates';
import type {
  activityInputSchema,
  ClientDestinations,
  destinationEntryKinds,
  guaranteeOfferInputSchema,
  intendedDestinationInputSchema,
} from '../../../shared/contract/destinations';
import { activities, clients, guaranteeOffers, intendedDestinations, interviews } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

function clientBirth({ db }: OpenVault, clientId: string): { dateOfBirth: string | null; leftInYear: number | null } {
  const client = db
    .select({ dateOfBirth: clients.dateOfBirth, leftInYear: clients.leftInYear })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  return client;
}

/** A date about this person must fall between their birth and today. */
function checkDate(
  vault: OpenVault,
  clientId: string,
  date: string | null,
  what: string,
  now: Date,
  { mayBeAhead = false } = {},
): void {
  if (date === null) return;
  const { dateOfBirth } = clientBirth(vault, clientId);
  if (dateOfBirth && date < dateOfBirth)
    throw new AppError('VALIDATION', `${what} is before their date of birth. Check the date.`);
  if (!mayBeAhead && date > todayInLondon(now))
    throw new AppError('VALIDATION', `${what} is in the future. Record it on or after the day it happens.`);
}

export function destinationsForClient(vault: OpenVault, { clientId }: { clientId: string }): ClientDestinations {
  const { db } = vault;
  const { leftInYear } = clientBirth(vault, clientId);
  const describe = <T extends { code: string; codeListVersion: string }>(row: T) => ({
    ...row,
    description: describeActivity(row.code, row.codeListVersion),
  });
  return {
    clientId,
    intended: db
      .select({
        id: intendedDestinations.id,
        code: intendedDestinations.code,
        codeListVersion: intendedDestinations.codeListVersion,
        recordedOn: intendedDestinations.recordedOn,
        provider: intendedDestinations.provider,
        course: intendedDestinations.course,
        level: intendedDestinations.level,
        source: intendedDestinations.source,
        interviewId: intendedDestinations.interviewId,
      })
      .from(intendedDestinations)
      .where(eq(intendedDestinations.clientId, clientId))
      .orderBy(desc(intendedDestinations.recordedOn), desc(sql`rowid`))
      .all()
      .map(describe),
    offers: db
      .select({
        id: guaranteeOffers.id,
        yearGroup: guaranteeOffers.yearGroup,
        status: guaranteeOffers.status,
        provider: guaranteeOffers.provider,
        recordedOn: guaranteeOffers.recordedOn,
      })
      .from(guaranteeOffers)
      .where(eq(guaranteeOffers.clientId, clientId))
      .orderBy(desc(guaranteeOffers.recordedOn), desc(sql`rowid`))
      .all(),
    activities: db
      .select({
        id: activities.id,
        code: activities.code,
        codeListVersion: activities.codeListVersion,
        provider: activities.provider,
        startsOn: activities.startsOn,
        verifiedOn: activities.verifiedOn,
        verifiedHow: activities.verifiedHow,
      })
      .from(activities)
      .where(eq(activities.clientId, clientId))
      .orderBy(desc(sql`coalesce(${activities.startsOn}, ${activities.createdAt})`), desc(sql`rowid`))
      .all()
      .map(describe),
    writtenAtInterviews: db
      .select({ interviewId: interviews.id, heldOn: interviews.heldOn, text: interviews.intendedDestination })
      .from(interviews)
      .where(and(eq(interviews.clientId, clientId), sql`${interviews.intendedDestination} <> ''`))
      .orderBy(desc(interviews.heldOn))
      .all(),
    leftInYear,
  };
}

export function recordIntendedDestination(
  vault: OpenVault,
  input: z.output<typeof intendedDestinationInputSchema>,
  context: ServiceContext = systemContext,
): ClientDestinations {
  const now = context.now();
  checkDate(vault, input.clientId, input.recordedOn, 'The date recorded', now);
  if (input.interviewId) {
    const interview = vault.db
      .select({ clientId: interviews.clientId })
      .from(interviews)
      .where(eq(interviews.id, input.interviewId))
      .get();
    if (interview?.clientId !== input.clientId)
      throw new AppError('NOT_FOUND', 'That interview is not on this client’s record.');
  }
  vault.db
    .insert(intendedDestinations)
    .values({ id: context.newId(), ...input, codeListVersion: currentCodeListVersion, createdAt: now.toISOString() })
    .run();
  return destinationsForClient(vault, input);
}

export function recordGuaranteeOffer(
  vault: OpenVault,
  input: z.output<typeof guaranteeOfferInputSchema>,
  context: ServiceContext = systemContext,
): ClientDestinations {
  const now = context.now();
  checkDate(vault, input.clientId, input.recordedOn, 'The date of the offer', now);
  vault.db
    .insert(guaranteeOffers)
    .values({ id: context.newId(), ...input, createdAt: now.toISOString() })
    .run();
  return destinationsForClient(vault, input);
}

export function recordActivity(
  vault: OpenVault,
  input: z.output<typeof activityInputSchema>,
  context: ServiceContext = systemContext,
): ClientDestinations {
  const now = context.now();
  // A start agreed for next month is real; a confirmation cannot come before it happens.
  checkDate(vault, input.clientId, input.startsOn, 'The start date', now, { mayBeAhead: true });
  checkDate(vault, input.clientId, input.verifiedOn, 'The date it was confirmed', now);
  vault.db
    .insert(activities)
    .values({ id: context.newId(), ...input, codeListVersion: currentCodeListVersion, createdAt: now.toISOString() })
    .run();
  return destinationsForClient(vault, input);
}

const tables = { intended: intendedDestinations, offer: guaranteeOffers, activity: activities } as const;

export function removeDestinationEntry(
  vault: OpenVault,
  input: { clientId: string; kind: (typeof destinationEntryKinds)[number]; id: string },
): ClientDestinations {
  const table = tables[input.kind];
  const { changes } = vault.db
    .delete(table)
    .where(and(eq(table.id, input.id), eq(table.clientId, input.clientId)))
    .run();
  if (changes === 0)
    throw new AppError('NOT_FOUND', 'That entry is not on this client’s record (it may already have been taken out).');
  return destinationsForClient(vault, input);
}

export function setLeftSchool(
  vault: OpenVault,
  input: { clientId: string; leftInYear: number | null },
  context: ServiceContext = systemContext,
): ClientDestinations {
  const now = context.now();
  clientBirth(vault, input.clientId);
  // An academic year (2026 for 2026 to 2027), as the column holds it.
  const thisYear = Number(academicYearOf(todayInLondon(now)).startsOn.slice(0, 4));
  if (input.leftInYear !== null && input.leftInYear > thisYear)
    throw new AppError('VALIDATION', `They cannot have left in ${input.leftInYear}: that year has not started.`);
  vault.db
    .update(clients)
    .set({ leftInYear: input.leftInYear, updatedAt: now.toISOString() })
    .where(eq(clients.id, input.clientId))
    .run();
  return destinationsForClient(vault, input);
}
