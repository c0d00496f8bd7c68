// The retention review: clients whose records are past their retention period,
// worked out from their last contact, date of birth and SEND status. Nothing is
// erased here; the adviser erases (through the erasure service) or keeps with a
// reason and a date to look again.
import { todayInLondon } from '../../../shared/dates';
import { latestDate, retentionEnds, type RetentionOutcome } from '../../../shared/retention';
import { retentionDecisions } from '../../db/schema';
import { AppError } from '../../errors';
import type { Page } from '../../../shared/contract/page';
import type { OpenVault } from '../../vault';
import { readRetentionSchedule } from './schedule';
import { type ServiceContext, systemContext } from '../context';

export type DueClient = RetentionOutcome & {
  clientId: string;
  name: string;
  organisationName: string;
  dateOfBirth: string | null;
  hasSend: boolean;
  lastContactOn: string;
  isBirthdayUnknown: boolean;
  lastKeptReason: string | null;
};
export type KeptClient = { clientId: string; name: string; reason: string; decidedOn: string; reviewOn: string };

type ClientFacts = {
  id: string;
  forename: string;
  preferredName: string;
  surname: string;
  dateOfBirth: string | null;
  sendStatus: string;
  updatedAt: string;
  organisationName: string | null;
  lastInterviewOn: string | null;
  keptReason: string | null;
  keptOn: string | null;
  keptUntil: string | null;
};

const nameOf = (client: { forename: string; preferredName: string; surname: string }) =>
  `${client.preferredName.trim() || client.forename} ${client.surname}`;

/** Each client with the facts retention depends on and their latest keep decision. */
function clientFacts({ sqlite }: OpenVault): ClientFacts[] {
  return sqlite
    .prepare(
      `SELECT c.id, c.forename, c.preferred_name AS preferredName, c.surname, c.date_of_birth AS dateOfBirth, c.send_status AS sendStatus, c.updated_at AS updatedAt,
        o.name AS organisationName,
        (SELECT max(i.held_on) FROM interviews i WHERE i.client_id = c.id) AS lastInterviewOn,
        k.reason AS keptReason, k.decided_on AS keptOn, k.review_on AS keptUntil
       FROM clients c
       LEFT JOIN organisations o ON o.id = c.organisation_id
       LEFT JOIN retention_decisions k ON k.id = (SELECT id FROM retention_decisions WHERE client_id = c.id ORDER BY created_at DESC, rowid DESC LIMIT 1)`,
    )
    .all() as ClientFacts[];
}

export function retentionReview(
  vault: OpenVault,
  on: string,
  page: Page,
): { on: string; total: number; clients: DueClient[] } {
  const schedule = readRetentionSchedule(vault);
  const due: DueClient[] = [];
  for (const client of clientFacts(vault)) {
    // Kept with a reason: out of the list until the review date comes.
    if (client.keptUntil && client.keptUntil > on) continue;
    const lastContactOn = latestDate(client.lastInterviewOn, todayInLondon(new Date(client.updatedAt))) ?? on;
    const hasSend = client.sendStatus !== 'none';
    const outcome = retentionEnds({ lastContactOn, dateOfBirth: client.dateOfBirth, hasSend }, schedule);
    if (outcome.endsOn > on) continue;
    due.push({
      ...outcome,
      clientId: client.id,
      name: nameOf(client),
      organisationName: client.organisationName ?? '',
      dateOfBirth: client.dateOfBirth,
      hasSend,
      lastContactOn,
      isBirthdayUnknown: hasSend && !client.dateOfBirth,
      lastKeptReason: client.keptReason,
    });
  }
  // Longest past retention first.
  due.sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.name.localeCompare(b.name, 'en-GB'));
  return { on, total: due.length, clients: due.slice(page.offset, page.offset + page.limit) };
}

export function keptClients(vault: OpenVault, on: string): KeptClient[] {
  return clientFacts(vault)
    .flatMap((client) =>
      client.keptUntil !== null && client.keptUntil > on
        ? [
            {
              clientId: client.id,
              name: nameOf(client),
              reason: client.keptReason ?? '',
              decidedOn: client.keptOn ?? '',
              reviewOn: client.keptUntil,
            },
          ]
        : [],
    )
    .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn) || a.name.localeCompare(b.name, 'en-GB'));
}

/** Keeps a client's records past retention, with the adviser's reason, until the review date; decided `on` (today if not given). */
export function keepClient(
  vault: OpenVault,
  { on: givenOn, ...input }: { clientId: string; reason: string; reviewOn: string; on?: string | undefined },
  context: ServiceContext = systemContext,
): KeptClient {
  const now = context.now();
  const on = givenOn ?? todayInLondon(now);
  const client = vault.sqlite
    .prepare('SELECT forename, preferred_name AS preferredName, surname FROM clients WHERE id = ?')
    .get(input.clientId) as { forename: string; preferredName: string; surname: string } | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault (they may have been erased).');
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION', 'Say why the records are being kept.');
  if (input.reviewOn <= on)
    throw new AppError('VALIDATION', 'Choose a date to review the records again that is after today.');
  vault.db
    .insert(retentionDecisions)
    .values({
      id: context.newId(),
      clientId: input.clientId,
      decidedOn: on,
      reason,
      reviewOn: input.reviewOn,
      createdAt: now.toISOString(),
    })
    .run();
  return { clientId: input.clientId, name: nameOf(client), reason, decidedOn: on, reviewOn: input.reviewOn };
}
