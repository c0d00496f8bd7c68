// One client's record: read it whole, save changes, move them to another
// organisation. Provision level and organisation changes keep their history.
import { asc, desc, eq, isNull, and } from 'drizzle-orm';
import type { z } from 'zod';
import { provisionLevelLabels } from '../../../shared/caseload';
import { groupSessionKindLabels } from '../../../shared/contract/group-sessions';
import { todayInLondon } from '../../../shared/dates';
import {
  clientFieldsSchema,
  type clientsChannels,
  type Client,
  type ClientFields,
} from '../../../shared/contract/clients';
import { clientOrganisationHistory, clients, interviews, organisations, provisionLevelHistory } from '../../db/schema';
import { insertRow, selectRowById, updateRowById } from '../../db/prepared-writes';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { attendanceOf } from '../group-sessions';
import { indexRecord } from '../search';
import { listCorrections, logCorrections } from './rectifications';
import { type ServiceContext, systemContext } from '../context';

type MoveClient = z.infer<(typeof clientsChannels)['clients.move']['input']>;

export function getClient(vault: OpenVault, id: string): Client {
  const { db } = vault;
  const client = db.select().from(clients).where(eq(clients.id, id)).get();
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const organisation = db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, client.organisationId))
    .get();
  const provisionHistory = db
    .select({ level: provisionLevelHistory.level, changedOn: provisionLevelHistory.changedOn })
    .from(provisionLevelHistory)
    .where(eq(provisionLevelHistory.clientId, id))
    .orderBy(asc(provisionLevelHistory.id))
    .all();
  const organisationHistory = db
    .select({
      organisationId: clientOrganisationHistory.organisationId,
      organisationName: organisations.name,
      fromDate: clientOrganisationHistory.fromDate,
      toDate: clientOrganisationHistory.toDate,
    })
    .from(clientOrganisationHistory)
    .innerJoin(organisations, eq(organisations.id, clientOrganisationHistory.organisationId))
    .where(eq(clientOrganisationHistory.clientId, id))
    .orderBy(asc(clientOrganisationHistory.id))
    .all();
  const interviewEntries = db
    .select({ heldOn: interviews.heldOn, durationMinutes: interviews.durationMinutes })
    .from(interviews)
    .where(eq(interviews.clientId, id))
    .orderBy(desc(interviews.heldOn))
    .all();
  const { createdAt, updatedAt, ...fields } = client;
  return {
    ...fields,
    organisationName: organisation?.name ?? '',
    createdAt,
    updatedAt,
    provisionHistory,
    organisationHistory,
    corrections: listCorrections(vault, id),
    timeline: [
      ...interviewEntries.map((entry) => ({
        kind: 'interview',
        on: entry.heldOn,
        title: 'Guidance interview',
        detail: `${entry.durationMinutes} minutes`,
      })),
      // Group work is contact (core provision), never a guidance interview.
      ...attendanceOf(vault, { clientId: id }).map((entry) => ({
        kind: 'group-session',
        on: entry.heldOn,
        title: `Attended: ${entry.title || groupSessionKindLabels[entry.kind]}`,
        detail: [groupSessionKindLabels[entry.kind], entry.minutes ? `${entry.minutes} minutes` : '']
          .filter(Boolean)
          .join(', '),
      })),
      ...organisationHistory.map((entry) => ({
        kind: 'organisation',
        on: entry.fromDate,
        title: `Joined ${entry.organisationName}`,
        detail: '',
      })),
      ...provisionHistory.map((entry) => ({
        kind: 'provision',
        on: entry.changedOn,
        title: `Provision level set to ${provisionLevelLabels[entry.level].toLowerCase()}`,
        detail: '',
      })),
    ].sort((a, b) => b.on.localeCompare(a.on)),
  };
}

function assertOrganisationExists({ db }: OpenVault, organisationId: string): string {
  const organisation = selectRowById(db, organisations, organisationId);
  if (!organisation) throw new AppError('NOT_FOUND', 'That organisation is not in the vault.');
  return organisation.name;
}

/**
 * Writes a client inside the caller's transaction; returns the id. Shared by
 * the form and the roll import. With a correction, each changed fact of an
 * existing client is logged as a rectification.
 */
export function writeClient(
  vault: OpenVault,
  fields: ClientFields & { id?: string | undefined },
  correction: { reason: string } | undefined,
  context: ServiceContext = systemContext,
): string {
  const now = context.now();
  const { db, sqlite } = vault;
  const organisationName = assertOrganisationExists(vault, fields.organisationId);
  const timestamp = now.toISOString();
  // History is dated as the adviser would date it: the UK calendar day.
  const today = todayInLondon(now);
  const { id: givenId, ...values } = fields;
  const existing = givenId ? selectRowById(db, clients, givenId) : undefined;
  if (givenId && !existing) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const id = existing?.id ?? context.newId();

  if (existing) {
    updateRowById(db, clients, id, { ...values, updatedAt: timestamp });
    if (correction) logCorrections(vault, id, existing, values, correction.reason, now);
    if (existing.provisionLevel !== values.provisionLevel) {
      insertRow(db, provisionLevelHistory, { clientId: id, level: values.provisionLevel, changedOn: today });
    }
    if (existing.organisationId !== values.organisationId) recordMove(vault, id, values.organisationId, today);
  } else {
    insertRow(db, clients, { id, ...values, createdAt: timestamp, updatedAt: timestamp });
    insertRow(db, provisionLevelHistory, { clientId: id, level: values.provisionLevel, changedOn: today });
    insertRow(db, clientOrganisationHistory, { clientId: id, organisationId: values.organisationId, fromDate: today });
  }
  indexClient(sqlite, id, values, organisationName);
  return id;
}

type IndexedFields = Pick<ClientFields, 'forename' | 'preferredName' | 'surname' | 'upn'>;

function indexClient(sqlite: OpenVault['sqlite'], id: string, values: IndexedFields, organisationName: string): void {
  indexRecord(sqlite, 'client', id, [
    values.forename,
    values.preferredName,
    values.surname,
    values.upn,
    organisationName,
  ]);
}

/** Sync writes a client that arrived from another computer straight to the tables, then indexes it here. */
export function reindexClient({ sqlite }: OpenVault, id: string): void {
  const row = sqlite
    .prepare(
      `SELECT c.forename, c.preferred_name AS preferredName, c.surname, c.upn, o.name AS organisationName
       FROM clients c LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.id = ?`,
    )
    .get(id) as (IndexedFields & { organisationName: string | null }) | undefined;
  if (row) indexClient(sqlite, id, row, row.organisationName ?? '');
}

/** The client form's save: an edit of an existing client is a correction, with the adviser's optional reason. */
export function saveClient(
  vault: OpenVault,
  input: ClientFields & { id?: string | undefined; correctionReason?: string | undefined },
  context: ServiceContext = systemContext,
): Client {
  const { correctionReason, ...fields } = input;
  const id = vault.db.transaction(() =>
    writeClient(vault, fields, fields.id ? { reason: correctionReason ?? '' } : undefined, context),
  );
  return getClient(vault, id);
}

function recordMove({ db }: OpenVault, clientId: string, organisationId: string, on: string): void {
  db.update(clientOrganisationHistory)
    .set({ toDate: on })
    .where(and(eq(clientOrganisationHistory.clientId, clientId), isNull(clientOrganisationHistory.toDate)))
    .run();
  db.insert(clientOrganisationHistory).values({ clientId, organisationId, fromDate: on }).run();
}

/**
 * Moves a client to another organisation; interviews and plans stay with them.
 * A move dated `on` is recorded at midday that day (UK time either side of it).
 */
export function moveClient(
  vault: OpenVault,
  { id, organisationId, yearGroup, on }: MoveClient,
  context: ServiceContext = systemContext,
): Client {
  const fields = editableFields(getClient(vault, id));
  if (fields.organisationId === organisationId) return getClient(vault, id);
  const movedAt: ServiceContext = on ? { ...context, now: () => new Date(`${on}T12:00:00Z`) } : context;
  // A move is a change of circumstances, kept in the organisation history, not a correction.
  vault.db.transaction(() =>
    writeClient(
      vault,
      { ...fields, id, organisationId, yearGroup: yearGroup === undefined ? fields.yearGroup : yearGroup },
      undefined,
      movedAt,
    ),
  );
  return getClient(vault, id);
}

/** The fields a form or import can set, taken from a whole client record. */
export function editableFields(client: Client): ClientFields {
  const keys = Object.keys(clientFieldsSchema.shape) as (keyof ClientFields)[];
  return Object.fromEntries(keys.map((key) => [key, client[key]])) as ClientFields;
}
