// A client's action plan: the working draft, finalising it into an immutable
// version, and review, where the last version's actions are carried forward
// for their outcomes to be recorded in the next version.
import { asc, eq } from 'drizzle-orm';
import {
  sectionSets,
  smartHints,
  type PlanAction,
  type PlanContent,
  type SectionSet,
} from '../../../shared/action-plans';
import type { Plan, PlanVersion } from '../../../shared/contract/plans';
import { sectionBodiesFromNotes } from '../../../shared/plan-starting-draft';
import { actionPlans, clients, interviewActions, interviews, planImages, planVersions } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { getInterview } from '../interviews';
import { indexRecord } from '../search';
import { type ServiceContext, systemContext } from '../context';

function clientName({ db }: OpenVault, clientId: string): string {
  const client = db
    .select({ forename: clients.forename, preferredName: clients.preferredName, surname: clients.surname })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  return `${client.preferredName || client.forename} ${client.surname}`;
}

function planRow(vault: OpenVault, planId: string) {
  const row = vault.db.select().from(actionPlans).where(eq(actionPlans.id, planId)).get();
  if (!row) throw new AppError('NOT_FOUND', 'That action plan is not in the vault.');
  return row;
}

export function getPlan(vault: OpenVault, planId: string): Plan {
  const row = planRow(vault, planId);
  const draft = JSON.parse(row.draft) as PlanContent;
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: clientName(vault, row.clientId),
    draft,
    hasUnfinalisedChanges: row.hasUnfinalisedChanges,
    versions: vault.db
      .select({
        number: planVersions.number,
        finalisedAt: planVersions.finalisedAt,
        interviewId: planVersions.interviewId,
      })
      .from(planVersions)
      .where(eq(planVersions.planId, planId))
      .orderBy(asc(planVersions.number))
      .all(),
    hints: smartHints(draft),
    images: vault.db
      .select({
        id: planImages.id,
        fileName: planImages.fileName,
        mediaType: planImages.mediaType,
        sizeBytes: planImages.sizeBytes,
      })
      .from(planImages)
      .where(eq(planImages.planId, planId))
      .all(),
    updatedAt: row.updatedAt,
  };
}

export function planForClient(vault: OpenVault, clientId: string): Plan | null {
  clientName(vault, clientId);
  const row = vault.db.select({ id: actionPlans.id }).from(actionPlans).where(eq(actionPlans.clientId, clientId)).get();
  return row ? getPlan(vault, row.id) : null;
}

function newAction(text: string, owner: string, dueOn: string | null, context: ServiceContext): PlanAction {
  const kind = /^(me|adviser|i)$/i.test(owner.trim())
    ? 'adviser'
    : owner.trim() === '' || /^(you|client)$/i.test(owner.trim())
      ? 'client'
      : 'supporter';
  return {
    id: context.newId(),
    text,
    owner: { kind, name: kind === 'supporter' ? owner.trim() : '' },
    dueOn,
    status: 'to-do',
    notes: '',
    links: [],
    isSensitive: false,
    reviewComment: '',
  };
}

/**
 * A new plan with the chosen section headings. Made from an interview, it
 * starts as a draft of that interview: the stage notes under the sections
 * they fit, and the actions agreed. The adviser rewrites it before finalising.
 */
export function createPlan(
  vault: OpenVault,
  {
    clientId,
    sectionSet,
    fromInterviewId,
  }: { clientId: string; sectionSet: SectionSet; fromInterviewId?: string | undefined },
  context: ServiceContext = systemContext,
): Plan {
  const now = context.now();
  if (planForClient(vault, clientId))
    throw new AppError('VALIDATION', 'This client already has an action plan. Open it to review or change it.');
  let actions: PlanAction[] = [];
  const headings: readonly string[] = sectionSets[sectionSet].headings;
  let bodies = headings.map(() => '');
  if (fromInterviewId) {
    const interview = vault.db
      .select({ clientId: interviews.clientId })
      .from(interviews)
      .where(eq(interviews.id, fromInterviewId))
      .get();
    if (!interview || interview.clientId !== clientId)
      throw new AppError('NOT_FOUND', 'That interview is not one of this client’s.');
    const { stages, templateId } = getInterview(vault, fromInterviewId);
    bodies = sectionBodiesFromNotes(stages, templateId, headings.length);
    actions = vault.db
      .select()
      .from(interviewActions)
      .where(eq(interviewActions.interviewId, fromInterviewId))
      .orderBy(asc(interviewActions.createdAt))
      .all()
      .map((action) => newAction(action.text, action.owner, action.dueOn, context));
  }
  const content: PlanContent = {
    goal: '',
    sectionSet,
    sections: headings.map((heading, index) => ({
      id: context.newId(),
      heading,
      body: bodies[index] ?? '',
      isSensitive: false,
    })),
    actions,
    resources: [],
    imageIds: [],
  };
  const id = context.newId();
  const timestamp = now.toISOString();
  vault.db
    .insert(actionPlans)
    .values({
      id,
      clientId,
      sourceInterviewId: fromInterviewId ?? null,
      draft: JSON.stringify(content),
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .run();
  indexPlan(vault, id, content);
  return getPlan(vault, id);
}

/** Saving is never blocked by SMART hints; they come back with the plan. */
export function saveDraft(
  vault: OpenVault,
  { planId, content }: { planId: string; content: PlanContent },
  context: ServiceContext = systemContext,
): Plan {
  const now = context.now();
  planRow(vault, planId);
  const knownImages = new Set(
    vault.db
      .select({ id: planImages.id })
      .from(planImages)
      .where(eq(planImages.planId, planId))
      .all()
      .map((image) => image.id),
  );
  const tidy = { ...content, imageIds: content.imageIds.filter((imageId) => knownImages.has(imageId)) };
  vault.db
    .update(actionPlans)
    .set({ draft: JSON.stringify(tidy), hasUnfinalisedChanges: true, updatedAt: now.toISOString() })
    .where(eq(actionPlans.id, planId))
    .run();
  indexPlan(vault, planId, tidy);
  return getPlan(vault, planId);
}

/** Also used by sync, after a draft arrives from another computer. */
export function indexPlan(vault: OpenVault, planId: string, content: PlanContent): void {
  indexRecord(
    vault.sqlite,
    'plan',
    planId,
    [
      content.goal,
      ...content.sections.map((section) => `${section.heading} ${section.body}`),
      ...content.actions.map((action) => action.text),
    ].map((part) => part.slice(0, 5_000)),
  );
}

/** Finalising freezes the draft as the next version: what was agreed, as it was agreed. */
export function finalisePlan(
  vault: OpenVault,
  { planId, interviewId }: { planId: string; interviewId?: string | undefined },
  context: ServiceContext = systemContext,
): Plan {
  const now = context.now();
  const row = planRow(vault, planId);
  const latest = latestVersion(vault, planId);
  if (latest && !row.hasUnfinalisedChanges)
    throw new AppError('VALIDATION', `Nothing has changed since version ${latest.number}.`);
  vault.db.transaction((transaction) => {
    transaction
      .insert(planVersions)
      .values({
        planId,
        number: (latest?.number ?? 0) + 1,
        content: row.draft,
        interviewId: interviewId ?? null,
        finalisedAt: now.toISOString(),
      })
      .run();
    transaction
      .update(actionPlans)
      .set({ hasUnfinalisedChanges: false, updatedAt: now.toISOString() })
      .where(eq(actionPlans.id, planId))
      .run();
  });
  return getPlan(vault, planId);
}

/** Review starts from the last version: each action keeps its id so outcomes line up. */
export function startReview(vault: OpenVault, planId: string, context: ServiceContext = systemContext): Plan {
  const latest = latestVersion(vault, planId);
  if (!latest) throw new AppError('VALIDATION', 'Finalise the plan once before reviewing it.');
  const content: PlanContent = {
    ...latest.content,
    actions: latest.content.actions.map((action) => ({ ...action, reviewComment: '' })),
  };
  return saveDraft(vault, { planId, content }, context);
}

export function listVersions(vault: OpenVault, planId: string): PlanVersion[] {
  planRow(vault, planId);
  return vault.db
    .select()
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.number))
    .all()
    .map((version) => ({
      number: version.number,
      finalisedAt: version.finalisedAt,
      interviewId: version.interviewId,
      content: JSON.parse(version.content) as PlanContent,
    }));
}

export function latestVersion(vault: OpenVault, planId: string): PlanVersion | undefined {
  return listVersions(vault, planId).at(-1);
}
