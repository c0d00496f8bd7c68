// Erases a client completely: every row that holds their data, their search
// entries and attachments; then rewrites the search index and truncates the WAL
// so no trace remains in the vault files. What is left is a tombstone in the
// audit log: a random id, the date and the reason, with no personal data.
import { auditEvents } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { erasureSubject } from '../../vault/erasure-key';
import { removeRecord, rewriteSearchIndexes } from '../search';
import { type ServiceContext, systemContext } from '../context';

export type ErasureReport = { tombstone: string; erasedOn: string; rowsErased: number };

/** Tables anonymised rather than deleted, because they are the adviser's accountability record. */
export const anonymisedTables = ['disclosures'];

/** Tables holding one client's data, child tables first, with how each row finds its client. */
export const clientDataTables: { table: string; where: string }[] = [
  { table: 'consents', where: 'client_id = @clientId' },
  { table: 'client_contacts', where: 'client_id = @clientId' },
  { table: 'safeguarding_concerns', where: 'client_id = @clientId' },
  { table: 'group_session_attendees', where: 'client_id = @clientId' },
  { table: 'appointments', where: 'client_id = @clientId' },
  { table: 'intended_destinations', where: 'client_id = @clientId' },
  { table: 'guarantee_offers', where: 'client_id = @clientId' },
  { table: 'activities', where: 'client_id = @clientId' },
  { table: 'competency_ratings', where: 'client_id = @clientId' },
  { table: 'adviser_action_states', where: 'plan_id IN (SELECT id FROM action_plans WHERE client_id = @clientId)' },
  { table: 'subject_access_requests', where: 'client_id = @clientId' },
  { table: 'retention_decisions', where: 'client_id = @clientId' },
  { table: 'withholdings', where: 'client_id = @clientId' },
  { table: 'interview_notes', where: 'interview_id IN (SELECT id FROM interviews WHERE client_id = @clientId)' },
  { table: 'interview_scores', where: 'interview_id IN (SELECT id FROM interviews WHERE client_id = @clientId)' },
  { table: 'interview_actions', where: 'interview_id IN (SELECT id FROM interviews WHERE client_id = @clientId)' },
  { table: 'attachments', where: 'interview_id IN (SELECT id FROM interviews WHERE client_id = @clientId)' },
  { table: 'plan_images', where: 'plan_id IN (SELECT id FROM action_plans WHERE client_id = @clientId)' },
  // The adviser's open actions, copied from the plan by triggers (migration 0020): held, so erased and disclosed too.
  { table: 'plan_adviser_actions', where: 'plan_id IN (SELECT id FROM action_plans WHERE client_id = @clientId)' },
  { table: 'plan_versions', where: 'plan_id IN (SELECT id FROM action_plans WHERE client_id = @clientId)' },
  { table: 'action_plans', where: 'client_id = @clientId' },
  { table: 'interviews', where: 'client_id = @clientId' },
  { table: 'provision_level_history', where: 'client_id = @clientId' },
  { table: 'client_organisation_history', where: 'client_id = @clientId' },
  { table: 'rectifications', where: 'client_id = @clientId' },
  { table: 'clients', where: 'id = @clientId' },
];

/** Free text such as the adviser's reason: any of the client's names in it are replaced. */
function scrubNames(text: string, names: string[]): string {
  return names
    .filter((name) => name.trim().length > 1)
    .reduce((scrubbed, name) => scrubbed.split(name).join('[erased]'), text)
    .slice(0, 500);
}

/** `now` when sync replays an erasure at its own time; otherwise the context's clock. */
export function eraseClient(
  vault: OpenVault,
  clientId: string,
  reason: string,
  now?: Date,
  context: ServiceContext = systemContext,
): ErasureReport {
  const at = now ?? context.now();
  const { sqlite, db } = vault;
  const client = sqlite
    .prepare('SELECT forename, surname, preferred_name AS preferredName, upn FROM clients WHERE id = ?')
    .get(clientId) as { forename: string; surname: string; preferredName: string; upn: string } | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault (they may already have been erased).');
  if (!reason.trim())
    throw new AppError(
      'VALIDATION',
      'Give a reason for the erasure, such as "Request under Article 17" or "Past retention period".',
    );
  const names = [client.forename, client.surname, client.preferredName, client.upn];
  const tombstone = context.newId();
  const erasedOn = at.toISOString().slice(0, 10);
  let rowsErased = 0;

  const search = {
    interviews: (sqlite.prepare('SELECT id FROM interviews WHERE client_id = ?').all(clientId) as { id: string }[]).map(
      (row) => row.id,
    ),
    plans: (sqlite.prepare('SELECT id FROM action_plans WHERE client_id = ?').all(clientId) as { id: string }[]).map(
      (row) => row.id,
    ),
  };
  db.transaction(() => {
    removeRecord(sqlite, 'client', clientId);
    search.interviews.forEach((id) => removeRecord(sqlite, 'interview', id));
    search.plans.forEach((id) => removeRecord(sqlite, 'plan', id));
    // The disclosure log keeps the fact of each disclosure, without the person: a
    // bundle went to them (or someone acting for them), and a recipient such as
    // "Mrs O'Neill (parent)" loses the family name.
    const anonymise = sqlite.prepare(
      `UPDATE disclosures SET client_id = NULL, is_anonymised = 1, what = 'Records about a person since erased', recipient = @recipient WHERE id = @id`,
    );
    const entries = sqlite
      .prepare('SELECT id, recipient, lawful_basis AS lawfulBasis FROM disclosures WHERE client_id = ?')
      .all(clientId) as { id: number; recipient: string; lawfulBasis: string }[];
    for (const entry of entries) {
      const recipient =
        entry.lawfulBasis === 'subject-access'
          ? 'The person or someone acting for them'
          : scrubNames(entry.recipient, names);
      rowsErased += anonymise.run({ id: entry.id, recipient }).changes;
    }
    for (const { table, where } of clientDataTables) {
      rowsErased += sqlite.prepare(`DELETE FROM ${table} WHERE ${where}`).run({ clientId }).changes;
    }
    // Sync's copy of the case file (its whole history) and any values waiting for a choice go now;
    // the next sync tells the shared folder and the other computers (main/services/sync).
    for (const table of ['sync_documents', 'sync_conflicts'])
      sqlite.prepare(`DELETE FROM ${table} WHERE entity = ?`).run(`client:${clientId}`);
    db.insert(auditEvents)
      .values({
        occurredAt: at.toISOString(),
        action: 'client.erased',
        detail: JSON.stringify({
          tombstone,
          erasedOn,
          reason: scrubNames(reason, names),
          // A keyed hash of the client id, so a restored backup can be erased again without naming anyone.
          ...(vault.erasureKey ? { subject: erasureSubject(vault.erasureKey, clientId) } : {}),
        }),
      })
      .run();
  });
  rewriteSearchIndexes(sqlite);
  // secure_delete has zeroed the freed pages; now move everything out of the WAL and empty it.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { tombstone, erasedOn, rowsErased };
}
