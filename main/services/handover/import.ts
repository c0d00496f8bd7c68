// Takes a handover file into this vault: all of it in one transaction, or
// nothing. Ids are kept unless they would collide, the organisation is
// matched by name or created, the search index is brought up to date, and the
// import is recorded in the audit log without personal data.
import { eq } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/action-plans';
import type { HandoverCounts, HandoverPreview } from '../../../shared/contract/handover';
import { builtInTemplates } from '../../../shared/guidance-models';
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
  groupSessionAttendees,
  guaranteeOffers,
  intendedDestinations,
  groupSessions,
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
import { findOrganisationByName, saveOrganisation } from '../organisations';
import { indexRecord } from '../search';
import type { HandoverFile, HandoverPlan } from './format';
import { readHandoverFile } from './read';
import { type ServiceContext, systemContext } from '../context';

export type HandoverImport = { clientId: string; clientName: string; counts: HandoverCounts };

const importedAction = 'handover.imported';

export function previewHandover(vault: OpenVault, json: string): HandoverPreview {
  const file = readHandoverFile(json);
  refuseIfAlreadyHere(vault, file);
  const current = file.organisations.find((organisation) => organisation.ref === file.client.organisationRef);
  return {
    clientName: `${file.client.forename} ${file.client.surname}`,
    dateOfBirth: file.client.dateOfBirth,
    organisationName: current?.name ?? '',
    isNewOrganisation: findOrganisationByName(vault, current?.name ?? '') === undefined,
    exportedAt: file.exportedAt,
    counts: countRecords(file),
  };
}

export function importHandover(
  vault: OpenVault,
  json: string,
  context: ServiceContext = systemContext,
): HandoverImport {
  const file = readHandoverFile(json);
  const clientId = vault.db.transaction(() => {
    refuseIfAlreadyHere(vault, file);
    return writeHandover(vault, file, context);
  });
  return { clientId, clientName: `${file.client.forename} ${file.client.surname}`, counts: countRecords(file) };
}

export function countRecords(file: HandoverFile): HandoverCounts {
  return {
    interviews: file.interviews.length,
    notes: file.interviews.reduce(
      (total, interview) => total + interview.notes.filter((note) => note.text.trim() !== '').length,
      0,
    ),
    actions: file.interviews.reduce((total, interview) => total + interview.actions.length, 0),
    attachments:
      file.interviews.reduce((total, interview) => total + interview.attachments.length, 0) +
      (file.plan?.images.length ?? 0),
    planVersions: file.plan?.versions.length ?? 0,
    consents: file.consents.length,
    corrections: file.corrections.length,
    contacts: file.contacts.length,
    groupSessions: file.groupSessions.length,
    safeguardingConcerns: file.safeguarding.concerns.length,
  };
}

/**
 * The same person must not arrive twice: refused when the client is already
 * here (the file was made from this vault) or an earlier import of this file,
 * or of another file for the same client, is still in the vault.
 */
function refuseIfAlreadyHere({ sqlite }: OpenVault, file: HandoverFile): void {
  const earlier = sqlite
    .prepare(
      `SELECT json_extract(detail, '$.clientId') AS clientId FROM audit_events
       WHERE action = ? AND (json_extract(detail, '$.handoverId') = ? OR json_extract(detail, '$.sourceClientId') = ?)`,
    )
    .all(importedAction, file.handoverId, file.client.id) as { clientId: string | null }[];
  const candidates = [file.client.id, ...earlier.flatMap((row) => (row.clientId ? [row.clientId] : []))];
  const isHere = candidates.some((id) => sqlite.prepare('SELECT 1 FROM clients WHERE id = ?').get(id) !== undefined);
  if (isHere) {
    throw new AppError(
      'VALIDATION',
      'These records are already in this vault: the file was imported before, or it was made from this vault. Find the client in the caseload instead. Nothing was imported.',
    );
  }
}

/** A record's columns without the file's id, which is kept or renewed separately. */
function withoutId<T extends { id: string }>({ id: _id, ...columns }: T): Omit<T, 'id'> {
  return columns;
}

function clientColumns({
  id: _id,
  organisationRef: _organisationRef,
  ...columns
}: HandoverFile['client']): Omit<HandoverFile['client'], 'id' | 'organisationRef'> {
  return columns;
}

/** Keeps the file's id unless this vault already uses it; then the record gets a new one. */
function keepOrRenew({ sqlite }: OpenVault, table: string, id: string, context: ServiceContext): string {
  return sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined ? id : context.newId();
}

function writeHandover(vault: OpenVault, file: HandoverFile, context: ServiceContext): string {
  const { db, sqlite } = vault;
  const now = context.now();
  const organisationIds = matchOrganisations(vault, file, context);
  const organisationOf = (ref: string): string => organisationIds.get(ref) ?? '';
  const clientId = keepOrRenew(vault, 'clients', file.client.id, context);
  const { organisationRef } = file.client;
  const clientFields = clientColumns(file.client);

  db.insert(clients)
    .values({ ...clientFields, id: clientId, organisationId: organisationOf(organisationRef) })
    .run();
  for (const entry of file.organisationHistory) {
    db.insert(clientOrganisationHistory)
      .values({
        clientId,
        organisationId: organisationOf(entry.organisationRef),
        fromDate: entry.fromDate,
        toDate: entry.toDate,
      })
      .run();
  }
  for (const entry of file.provisionHistory)
    db.insert(provisionLevelHistory)
      .values({ clientId, ...entry })
      .run();
  for (const entry of file.corrections)
    db.insert(rectifications)
      .values({ clientId, ...entry })
      .run();
  const contactIds = new Map<string, string>();
  for (const contact of file.contacts) {
    const contactId = keepOrRenew(vault, 'client_contacts', contact.id, context);
    contactIds.set(contact.id, contactId);
    db.insert(clientContacts)
      .values({ ...contact, id: contactId, clientId })
      .run();
  }
  for (const consent of file.consents) {
    const givenByContactId =
      consent.givenByContactId === null ? null : (contactIds.get(consent.givenByContactId) ?? null);
    db.insert(consents)
      .values({
        ...consent,
        id: keepOrRenew(vault, 'consents', consent.id, context),
        clientId,
        givenByContactId,
        agreements: JSON.stringify(consent.agreements),
      })
      .run();
  }
  // Each session attended arrives as a session of its own at the matched organisation, with this client alone.
  for (const session of file.groupSessions) {
    const sessionId = context.newId();
    const { organisationRef: sessionOrganisation, ...columns } = session;
    db.insert(groupSessions)
      .values({
        ...columns,
        id: sessionId,
        organisationId: organisationOf(sessionOrganisation),
        notes: '',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .run();
    db.insert(groupSessionAttendees).values({ sessionId, clientId }).run();
  }
  for (const concern of file.safeguarding.concerns) {
    db.insert(safeguardingConcerns)
      .values({ ...concern, id: keepOrRenew(vault, 'safeguarding_concerns', concern.id, context), clientId })
      .run();
  }

  const interviewIds = new Map<string, string>();
  const builtInIds = new Set(builtInTemplates.map((template) => template.id));
  for (const interview of file.interviews) {
    const interviewId = keepOrRenew(vault, 'interviews', interview.id, context);
    interviewIds.set(interview.id, interviewId);
    const {
      organisationRef: interviewOrganisation,
      notes,
      scores,
      actions,
      attachments: pictures,
      templateStages,
      competencies,
      techniques,
      templateId,
      ...columns
    } = withoutId(interview);
    db.insert(interviews)
      .values({
        ...columns,
        id: interviewId,
        clientId,
        organisationId: interviewOrganisation === null ? null : organisationOf(interviewOrganisation),
        // The stages travel with the interview; a template of the old adviser's own does not.
        templateId: templateId !== null && builtInIds.has(templateId) ? templateId : null,
        templateStages: JSON.stringify(templateStages),
        competencies: JSON.stringify(competencies),
        techniques: JSON.stringify(techniques),
      })
      .run();
    for (const note of notes)
      db.insert(interviewNotes)
        .values({ interviewId, ...note })
        .run();
    for (const score of scores)
      db.insert(interviewScores)
        .values({ interviewId, ...score })
        .run();
    for (const action of actions)
      db.insert(interviewActions)
        .values({ ...action, id: keepOrRenew(vault, 'interview_actions', action.id, context), interviewId })
        .run();
    for (const picture of pictures) {
      const bytes = Buffer.from(picture.dataBase64, 'base64');
      db.insert(attachments)
        .values({
          id: keepOrRenew(vault, 'attachments', picture.id, context),
          interviewId,
          fileName: picture.fileName,
          mediaType: picture.mediaType,
          sizeBytes: bytes.length,
          bytes,
          createdAt: picture.createdAt,
        })
        .run();
    }
    // The index holds only the start of very long notes, as the interview screen's autosave does.
    indexRecord(sqlite, 'interview', interviewId, [
      notes
        .map((note) => note.text)
        .join(' ')
        .slice(0, 20_000),
    ]);
  }
  // Destinations and ratings keep their dates; one recorded at an interview points at that interview here.
  const interviewOf = (interviewId: string | null) =>
    interviewId === null ? null : (interviewIds.get(interviewId) ?? null);
  for (const entry of file.outcomes.intended) {
    db.insert(intendedDestinations)
      .values({
        ...entry,
        id: keepOrRenew(vault, 'intended_destinations', entry.id, context),
        clientId,
        interviewId: interviewOf(entry.interviewId),
      })
      .run();
  }
  for (const offer of file.outcomes.offers)
    db.insert(guaranteeOffers)
      .values({ ...offer, id: keepOrRenew(vault, 'guarantee_offers', offer.id, context), clientId })
      .run();
  for (const activity of file.outcomes.activities)
    db.insert(activities)
      .values({ ...activity, id: keepOrRenew(vault, 'activities', activity.id, context), clientId })
      .run();
  for (const rating of file.outcomes.ratings) {
    db.insert(competencyRatings)
      .values({
        ...rating,
        id: keepOrRenew(vault, 'competency_ratings', rating.id, context),
        clientId,
        interviewId: interviewOf(rating.interviewId),
      })
      .run();
  }
  if (file.plan) writePlan(vault, file.plan, clientId, interviewIds, context);

  const current = file.organisations.find((organisation) => organisation.ref === organisationRef);
  indexRecord(sqlite, 'client', clientId, [
    clientFields.forename,
    clientFields.preferredName,
    clientFields.surname,
    clientFields.upn,
    current?.name ?? '',
  ]);
  db.insert(auditEvents)
    .values({
      occurredAt: now.toISOString(),
      action: importedAction,
      // Ids and counts only: the audit log outlives an erasure and never names anyone.
      detail: JSON.stringify({
        handoverId: file.handoverId,
        sourceClientId: file.client.id,
        clientId,
        ...countRecords(file),
      }),
    })
    .run();
  return clientId;
}

/**
 * Each organisation is matched by name or created. One the client has only
 * belonged to in the past is created archived, so the receiving adviser's
 * list of current organisations is not cluttered by the client's history.
 */
function matchOrganisations(vault: OpenVault, file: HandoverFile, context: ServiceContext): Map<string, string> {
  const matched = new Map<string, string>();
  for (const organisation of file.organisations) {
    const existing = findOrganisationByName(vault, organisation.name);
    if (existing) {
      matched.set(organisation.ref, existing);
      continue;
    }
    const created = saveOrganisation(
      vault,
      {
        name: organisation.name.trim(),
        kind: organisation.kind,
        address: organisation.address,
        contacts: [],
        agreement: null,
      },
      context,
    );
    if (organisation.ref !== file.client.organisationRef)
      vault.db
        .update(organisations)
        .set({ archivedAt: context.now().toISOString() })
        .where(eq(organisations.id, created.id))
        .run();
    matched.set(organisation.ref, created.id);
  }
  return matched;
}

function writePlan(
  vault: OpenVault,
  plan: HandoverPlan,
  clientId: string,
  interviewIds: Map<string, string>,
  context: ServiceContext,
): void {
  const { db } = vault;
  const planId = keepOrRenew(vault, 'action_plans', plan.id, context);
  const imageIds = new Map(
    plan.images.map((image) => [image.id, keepOrRenew(vault, 'plan_images', image.id, context)]),
  );
  // Plans name their pictures by id, in the draft and in every version.
  const withImages = (content: PlanContent): string =>
    JSON.stringify({ ...content, imageIds: content.imageIds.flatMap((imageId) => imageIds.get(imageId) ?? []) });
  const interviewOf = (id: string | null): string | null => (id === null ? null : (interviewIds.get(id) ?? null));

  db.insert(actionPlans)
    .values({
      id: planId,
      clientId,
      sourceInterviewId: interviewOf(plan.sourceInterviewId),
      draft: withImages(plan.draft),
      hasUnfinalisedChanges: plan.hasUnfinalisedChanges,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    })
    .run();
  for (const image of plan.images) {
    const bytes = Buffer.from(image.dataBase64, 'base64');
    db.insert(planImages)
      .values({
        id: imageIds.get(image.id) ?? context.newId(),
        planId,
        fileName: image.fileName,
        mediaType: image.mediaType,
        sizeBytes: bytes.length,
        bytes,
        createdAt: image.createdAt,
      })
      .run();
  }
  for (const version of plan.versions) {
    db.insert(planVersions)
      .values({
        planId,
        number: version.number,
        content: withImages(version.content),
        interviewId: interviewOf(version.interviewId),
        finalisedAt: version.finalisedAt,
      })
      .run();
  }
  const draft = plan.draft;
  // The same text the plan screen indexes when a draft is saved.
  indexRecord(
    vault.sqlite,
    'plan',
    planId,
    [
      draft.goal,
      ...draft.sections.map((section) => `${section.heading} ${section.body}`),
      ...draft.actions.map((action) => action.text),
    ].map((part) => part.slice(0, 5_000)),
  );
}
