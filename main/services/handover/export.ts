// Writes one client's records and history as a handover file for another
// adviser, and records the disclosure: the records leave the vault.
import { asc, eq, inArray } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/action-plans';
import { todayInLondon } from '../../../shared/dates';
import {
  actionPlans,
  activities,
  attachments,
  auditEvents,
  clientContacts,
  clientOrganisationHistory,
  clients,
  competencyRatings,
  consents,
  guaranteeOffers,
  intendedDestinations,
  interviewActions,
  interviewNotes,
  interviewScores,
  interviews,
  organisations,
  planImages,
  planVersions,
  provisionLevelHistory,
  rectifications,
  safeguardingConcerns,
} from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { logDisclosure } from '../disclosures';
import { safeFileName } from '../plans';
import {
  handoverFormat,
  handoverFormatVersion,
  type HandoverFile,
  type HandoverInterview,
  type HandoverPlan,
} from './format';
import { type ServiceContext, systemContext } from '../context';

/** A row of one of the client's histories, without the client id the file already gives once. */
const withoutClient = <T extends { clientId: string }>({ clientId: _clientId, ...row }: T): Omit<T, 'clientId'> => row;

export type HandoverExport = { fileName: string; json: string; handoverId: string };

export type HandoverExportInput = {
  clientId: string;
  recipient: string;
  hasClientAgreed: boolean;
  /** Safeguarding records stay behind unless the adviser decides, and confirms, that they go. */
  includeSafeguarding?: boolean | undefined;
};

export function exportHandover(
  vault: OpenVault,
  input: HandoverExportInput,
  context: ServiceContext = systemContext,
): HandoverExport {
  const recipient = input.recipient.trim();
  if (!recipient) throw new AppError('VALIDATION', 'Give the name of the adviser receiving the records.');
  if (!input.hasClientAgreed) {
    throw new AppError(
      'VALIDATION',
      'Confirm that the client has agreed to their records going to the new adviser. Without their agreement, nothing is handed over.',
    );
  }
  const isSafeguardingIncluded = input.includeSafeguarding === true;
  const file = buildHandoverFile(vault, { clientId: input.clientId, recipient, isSafeguardingIncluded }, context);
  // The day and the audit entry go by the file's own time.
  const now = new Date(file.exportedAt);
  const json = `${JSON.stringify(file, null, 2)}\n`;
  const on = todayInLondon(now);
  vault.db.transaction(() => {
    logDisclosure(
      vault,
      {
        clientId: input.clientId,
        recipient,
        what: isSafeguardingIncluded
          ? 'Handover file (all records and history, safeguarding records included, for the adviser taking over)'
          : 'Handover file (all records and history except safeguarding records, for the adviser taking over)',
        lawfulBasis: 'consent',
        disclosedOn: on,
      },
      context,
    );
    vault.db
      .insert(auditEvents)
      .values({
        occurredAt: now.toISOString(),
        action: 'handover.exported',
        detail: JSON.stringify({ handoverId: file.handoverId, clientId: input.clientId, isSafeguardingIncluded }),
      })
      .run();
  });
  const name = `${file.client.forename} ${file.client.surname}`;
  return { fileName: `${safeFileName(`Waymark handover - ${name} - ${on}`)}.json`, json, handoverId: file.handoverId };
}

export function buildHandoverFile(
  vault: OpenVault,
  {
    clientId,
    recipient,
    isSafeguardingIncluded,
  }: { clientId: string; recipient: string; isSafeguardingIncluded: boolean },
  context: ServiceContext = systemContext,
): HandoverFile {
  const { db } = vault;
  const client = db.select().from(clients).where(eq(clients.id, clientId)).get();
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const organisationHistory = db
    .select()
    .from(clientOrganisationHistory)
    .where(eq(clientOrganisationHistory.clientId, clientId))
    .orderBy(asc(clientOrganisationHistory.id))
    .all();
  const interviewRows = db
    .select()
    .from(interviews)
    .where(eq(interviews.clientId, clientId))
    .orderBy(asc(interviews.heldOn), asc(interviews.createdAt))
    .all();
  const attended = vault.sqlite
    .prepare(
      `SELECT s.organisation_id AS organisationRef, s.held_on AS heldOn, s.kind, s.title, s.minutes
         FROM group_session_attendees a JOIN group_sessions s ON s.id = a.session_id
        WHERE a.client_id = ? ORDER BY s.held_on, s.created_at`,
    )
    .all(clientId) as HandoverFile['groupSessions'];
  const organisationIds = [
    ...new Set([
      client.organisationId,
      ...organisationHistory.map((entry) => entry.organisationId),
      ...interviewRows.flatMap((row) => (row.organisationId ? [row.organisationId] : [])),
      ...attended.map((session) => session.organisationRef),
    ]),
  ];
  const { organisationId, createdAt, updatedAt, ...fields } = client;

  return {
    format: handoverFormat,
    formatVersion: handoverFormatVersion,
    handoverId: context.newId(),
    exportedAt: context.now().toISOString(),
    recipient,
    client: { ...fields, organisationRef: organisationId, createdAt, updatedAt },
    organisations: db
      .select({
        ref: organisations.id,
        name: organisations.name,
        kind: organisations.kind,
        address: organisations.address,
      })
      .from(organisations)
      .where(inArray(organisations.id, organisationIds))
      .all(),
    organisationHistory: organisationHistory.map((entry) => ({
      organisationRef: entry.organisationId,
      fromDate: entry.fromDate,
      toDate: entry.toDate,
    })),
    provisionHistory: db
      .select({ level: provisionLevelHistory.level, changedOn: provisionLevelHistory.changedOn })
      .from(provisionLevelHistory)
      .where(eq(provisionLevelHistory.clientId, clientId))
      .orderBy(asc(provisionLevelHistory.id))
      .all(),
    corrections: db
      .select({ field: rectifications.field, changedAt: rectifications.changedAt, reason: rectifications.reason })
      .from(rectifications)
      .where(eq(rectifications.clientId, clientId))
      .orderBy(asc(rectifications.id))
      .all(),
    consents: db
      .select()
      .from(consents)
      .where(eq(consents.clientId, clientId))
      .orderBy(asc(consents.createdAt))
      .all()
      .map(({ clientId: _clientId, agreements, ...consent }) => ({
        ...consent,
        agreements: JSON.parse(agreements) as Record<string, boolean>,
      })),
    interviews: interviewRows.map((row) => exportInterview(vault, row)),
    plan: exportPlan(vault, clientId),
    contacts: db
      .select()
      .from(clientContacts)
      .where(eq(clientContacts.clientId, clientId))
      .orderBy(asc(clientContacts.createdAt))
      .all()
      .map(({ clientId: _clientId, ...contact }) => contact),
    groupSessions: attended,
    outcomes: {
      intended: db
        .select()
        .from(intendedDestinations)
        .where(eq(intendedDestinations.clientId, clientId))
        .orderBy(asc(intendedDestinations.recordedOn))
        .all()
        .map(withoutClient),
      offers: db
        .select()
        .from(guaranteeOffers)
        .where(eq(guaranteeOffers.clientId, clientId))
        .orderBy(asc(guaranteeOffers.recordedOn))
        .all()
        .map(withoutClient),
      activities: db
        .select()
        .from(activities)
        .where(eq(activities.clientId, clientId))
        .orderBy(asc(activities.createdAt))
        .all()
        .map(withoutClient),
      ratings: db
        .select()
        .from(competencyRatings)
        .where(eq(competencyRatings.clientId, clientId))
        .orderBy(asc(competencyRatings.ratedOn))
        .all()
        .map(withoutClient),
    },
    safeguarding: {
      isIncluded: isSafeguardingIncluded,
      concerns: isSafeguardingIncluded
        ? db
            .select()
            .from(safeguardingConcerns)
            .where(eq(safeguardingConcerns.clientId, clientId))
            .orderBy(asc(safeguardingConcerns.raisedOn), asc(safeguardingConcerns.createdAt))
            .all()
            .map(({ clientId: _clientId, ...concern }) => concern)
        : [],
    },
  };
}

function exportInterview(
  { db }: OpenVault,
  {
    clientId: _clientId,
    organisationId,
    templateStages,
    competencies,
    techniques,
    ...columns
  }: typeof interviews.$inferSelect,
): HandoverInterview {
  return {
    ...columns,
    organisationRef: organisationId,
    templateStages: JSON.parse(templateStages) as HandoverInterview['templateStages'],
    competencies: JSON.parse(competencies) as number[],
    techniques: JSON.parse(techniques) as string[],
    notes: db
      .select({ stageIndex: interviewNotes.stageIndex, text: interviewNotes.text, savedAt: interviewNotes.savedAt })
      .from(interviewNotes)
      .where(eq(interviewNotes.interviewId, columns.id))
      .orderBy(asc(interviewNotes.stageIndex))
      .all(),
    scores: db
      .select({ label: interviewScores.label, score: interviewScores.score })
      .from(interviewScores)
      .where(eq(interviewScores.interviewId, columns.id))
      .orderBy(asc(interviewScores.id))
      .all(),
    actions: db
      .select({
        id: interviewActions.id,
        text: interviewActions.text,
        owner: interviewActions.owner,
        dueOn: interviewActions.dueOn,
        createdAt: interviewActions.createdAt,
      })
      .from(interviewActions)
      .where(eq(interviewActions.interviewId, columns.id))
      .orderBy(asc(interviewActions.createdAt))
      .all(),
    attachments: db
      .select()
      .from(attachments)
      .where(eq(attachments.interviewId, columns.id))
      .orderBy(asc(attachments.createdAt))
      .all()
      .map((attachment) => ({
        id: attachment.id,
        fileName: attachment.fileName,
        mediaType: attachment.mediaType as HandoverInterview['attachments'][number]['mediaType'],
        createdAt: attachment.createdAt,
        dataBase64: attachment.bytes.toString('base64'),
      })),
  };
}

function exportPlan({ db }: OpenVault, clientId: string): HandoverPlan | null {
  const plan = db.select().from(actionPlans).where(eq(actionPlans.clientId, clientId)).get();
  if (!plan) return null;
  return {
    id: plan.id,
    sourceInterviewId: plan.sourceInterviewId,
    draft: JSON.parse(plan.draft) as PlanContent,
    hasUnfinalisedChanges: plan.hasUnfinalisedChanges,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    versions: db
      .select()
      .from(planVersions)
      .where(eq(planVersions.planId, plan.id))
      .orderBy(asc(planVersions.number))
      .all()
      .map((version) => ({
        number: version.number,
        content: JSON.parse(version.content) as PlanContent,
        interviewId: version.interviewId,
        finalisedAt: version.finalisedAt,
      })),
    images: db
      .select()
      .from(planImages)
      .where(eq(planImages.planId, plan.id))
      .orderBy(asc(planImages.createdAt))
      .all()
      .map((image) => ({
        id: image.id,
        fileName: image.fileName,
        mediaType: image.mediaType as HandoverPlan['images'][number]['mediaType'],
        createdAt: image.createdAt,
        dataBase64: image.bytes.toString('base64'),
      })),
  };
}
