// Interview records. Notes are saved stage by stage as the adviser types, each
// save a durable commit, so a crash loses at most the last second of typing.
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { describeOwner, type PlanContent } from '../../../shared/action-plans';
import { defaultInterviewMinutes } from '../../../shared/guidance-models';
import { frameworks } from '../../../shared/progress/frameworks';
import type { Interview, InterviewDetails, InterviewSummary } from '../../../shared/contract/interviews';
import {
  attachments,
  clients,
  interviewActions,
  interviewNotes,
  interviewScores,
  interviews,
  provisionLevelHistory,
} from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { followUpChanged } from '../follow-ups';
import { interviewRedated } from '../progress';
import { indexRecord } from '../search';
import { getTemplate } from '../templates';
import { type ServiceContext, systemContext } from '../context';

type Stage = Interview['stages'][number];

function clientName({ db }: OpenVault, clientId: string): { name: string; organisationId: string } {
  const client = db
    .select({
      forename: clients.forename,
      preferredName: clients.preferredName,
      surname: clients.surname,
      organisationId: clients.organisationId,
    })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  return {
    name: `${client.preferredName || client.forename} ${client.surname}`,
    organisationId: client.organisationId,
  };
}

export type StartInterview = {
  clientId: string;
  templateId: string;
  heldOn: string;
  startsAt?: string | null | undefined;
  mode?: Interview['mode'] | undefined;
  place?: string | undefined;
  durationMinutes?: number | undefined;
};

export function startInterview(
  vault: OpenVault,
  input: StartInterview,
  context: ServiceContext = systemContext,
): Interview {
  const now = context.now();
  const client = clientName(vault, input.clientId);
  const template = getTemplate(vault, input.templateId);
  const id = context.newId();
  vault.db
    .insert(interviews)
    .values({
      id,
      clientId: input.clientId,
      organisationId: client.organisationId,
      heldOn: input.heldOn,
      startsAt: input.startsAt ?? null,
      durationMinutes: input.durationMinutes ?? defaultInterviewMinutes,
      mode: input.mode ?? 'in-person',
      place: input.place ?? '',
      templateId: template.id,
      templateName: template.name,
      templateVersion: template.version,
      templateStages: JSON.stringify(template.stages),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    })
    .run();
  return getInterview(vault, id);
}

export function getInterview(vault: OpenVault, id: string): Interview {
  const { db } = vault;
  const record = db.select().from(interviews).where(eq(interviews.id, id)).get();
  if (!record) throw new AppError('NOT_FOUND', 'That interview is not in the vault.');
  const notes = new Map(
    db
      .select()
      .from(interviewNotes)
      .where(eq(interviewNotes.interviewId, id))
      .all()
      .map((note) => [note.stageIndex, note]),
  );
  const stages: Stage[] = (JSON.parse(record.templateStages) as Omit<Stage, 'notes' | 'savedAt'>[]).map(
    (stage, index) => ({
      ...stage,
      notes: notes.get(index)?.text ?? '',
      savedAt: notes.get(index)?.savedAt ?? null,
    }),
  );
  return {
    id: record.id,
    clientId: record.clientId,
    clientName: clientName(vault, record.clientId).name,
    organisationId: record.organisationId,
    heldOn: record.heldOn,
    startsAt: record.startsAt,
    durationMinutes: record.durationMinutes,
    mode: record.mode,
    place: record.place,
    templateId: record.templateId,
    templateName: record.templateName,
    templateVersion: record.templateVersion,
    stages,
    competencies: JSON.parse(record.competencies) as number[],
    competencyFramework: record.competencyFramework,
    techniques: JSON.parse(record.techniques) as string[],
    intendedDestination: record.intendedDestination,
    referralMade: record.referralMade,
    provisionLevelSet: record.provisionLevelSet,
    followUpOn: record.followUpOn,
    scores: db
      .select({ label: interviewScores.label, score: interviewScores.score })
      .from(interviewScores)
      .where(eq(interviewScores.interviewId, id))
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
      .where(eq(interviewActions.interviewId, id))
      .orderBy(asc(interviewActions.createdAt))
      .all(),
    attachments: db
      .select({
        id: attachments.id,
        fileName: attachments.fileName,
        mediaType: attachments.mediaType,
        sizeBytes: attachments.sizeBytes,
        createdAt: attachments.createdAt,
      })
      .from(attachments)
      .where(eq(attachments.interviewId, id))
      .orderBy(asc(attachments.createdAt))
      .all(),
    isFinished: record.isFinished,
    updatedAt: record.updatedAt,
  };
}

/** The autosave: one small durable transaction per save (synchronous=FULL). */
export function saveNotes(
  vault: OpenVault,
  interviewId: string,
  stageIndex: number,
  text: string,
  now = new Date(),
): { savedAt: string } {
  const savedAt = now.toISOString();
  vault.db.transaction((transaction) => {
    const record = transaction
      .select({ templateStages: interviews.templateStages, clientId: interviews.clientId })
      .from(interviews)
      .where(eq(interviews.id, interviewId))
      .get();
    if (!record) throw new AppError('NOT_FOUND', 'That interview is not in the vault.');
    const stageCount = (JSON.parse(record.templateStages) as unknown[]).length;
    if (stageIndex >= stageCount) throw new AppError('VALIDATION', 'That stage is not part of this interview.');
    transaction
      .insert(interviewNotes)
      .values({ interviewId, stageIndex, text, savedAt })
      .onConflictDoUpdate({ target: [interviewNotes.interviewId, interviewNotes.stageIndex], set: { text, savedAt } })
      .run();
    transaction.update(interviews).set({ updatedAt: savedAt }).where(eq(interviews.id, interviewId)).run();
    reindexNotes(vault, interviewId);
  });
  return { savedAt };
}

/** Also used by sync, after notes arrive from another computer. */
export function reindexNotes(vault: OpenVault, interviewId: string): void {
  const texts = vault.db
    .select({ text: interviewNotes.text })
    .from(interviewNotes)
    .where(eq(interviewNotes.interviewId, interviewId))
    .all();
  // The index holds only the start of very long notes; search is for finding, not reading.
  indexRecord(vault.sqlite, 'interview', interviewId, [
    texts
      .map((note) => note.text)
      .join(' ')
      .slice(0, 20_000),
  ]);
}

/** Saving the follow-up date also sets the client's next review (see follow-ups). */
export function updateDetails(
  vault: OpenVault,
  { id, details }: { id: string; details: InterviewDetails },
  context: ServiceContext = systemContext,
): Interview {
  const now = context.now();
  const before = getInterview(vault, id);
  const { scores, competencies, techniques, competencyFramework = before.competencyFramework, ...columns } = details;
  // The tags are places in the framework's list: one past its end is a mistake, not a tag.
  const { competencies: list, noun } = frameworks[competencyFramework];
  if (competencies.some((number) => number > list.length))
    throw new AppError('VALIDATION', `That framework has ${list.length} ${noun.many}: choose them from its list.`);
  vault.db.transaction((transaction) => {
    followUpChanged(
      vault,
      { clientId: before.clientId, before: before.followUpOn, after: details.followUpOn },
      context,
    );
    if (details.heldOn !== before.heldOn) interviewRedated(vault, { interviewId: id, heldOn: details.heldOn });
    transaction
      .update(interviews)
      .set({
        ...columns,
        competencyFramework,
        competencies: JSON.stringify([...new Set(competencies)].sort((a, b) => a - b)),
        techniques: JSON.stringify(techniques),
        updatedAt: now.toISOString(),
      })
      .where(eq(interviews.id, id))
      .run();
    transaction.delete(interviewScores).where(eq(interviewScores.interviewId, id)).run();
    for (const score of scores)
      transaction
        .insert(interviewScores)
        .values({ interviewId: id, ...score })
        .run();
  });
  return getInterview(vault, id);
}

export function addAction(
  vault: OpenVault,
  interviewId: string,
  action: { text: string; owner: string; dueOn: string | null },
  context: ServiceContext = systemContext,
): Interview {
  const now = context.now();
  getInterview(vault, interviewId);
  vault.db
    .insert(interviewActions)
    .values({ id: context.newId(), interviewId, ...action, createdAt: now.toISOString() })
    .run();
  return getInterview(vault, interviewId);
}

export function removeAction(vault: OpenVault, interviewId: string, actionId: string): Interview {
  vault.db
    .delete(interviewActions)
    .where(and(eq(interviewActions.id, actionId), eq(interviewActions.interviewId, interviewId)))
    .run();
  return getInterview(vault, interviewId);
}

/** Finishing records the provision level set in the interview on the client. */
export function finishInterview(vault: OpenVault, id: string, context: ServiceContext = systemContext): Interview {
  const now = context.now();
  const interview = getInterview(vault, id);
  vault.db.transaction((transaction) => {
    transaction
      .update(interviews)
      .set({ isFinished: true, updatedAt: now.toISOString() })
      .where(eq(interviews.id, id))
      .run();
    const client = transaction
      .select({ provisionLevel: clients.provisionLevel })
      .from(clients)
      .where(eq(clients.id, interview.clientId))
      .get();
    if (interview.provisionLevelSet && client && client.provisionLevel !== interview.provisionLevelSet) {
      transaction
        .update(clients)
        .set({ provisionLevel: interview.provisionLevelSet, updatedAt: now.toISOString() })
        .where(eq(clients.id, interview.clientId))
        .run();
      // The client's provision history records the change, dated as the interview.
      transaction
        .insert(provisionLevelHistory)
        .values({ clientId: interview.clientId, level: interview.provisionLevelSet, changedOn: interview.heldOn })
        .run();
    }
  });
  return getInterview(vault, id);
}

export function listForClient(vault: OpenVault, clientId: string): InterviewSummary[] {
  const rows = vault.db
    .select({
      id: interviews.id,
      heldOn: interviews.heldOn,
      templateName: interviews.templateName,
      durationMinutes: interviews.durationMinutes,
      mode: interviews.mode,
      isFinished: interviews.isFinished,
    })
    .from(interviews)
    .where(eq(interviews.clientId, clientId))
    .orderBy(desc(interviews.heldOn), desc(interviews.createdAt))
    .all();
  const scores = vault.sqlite
    .prepare(
      'SELECT s.interview_id AS interviewId, s.label, s.score FROM interview_scores s JOIN interviews i ON i.id = s.interview_id WHERE i.client_id = ? ORDER BY s.id',
    )
    .all(clientId) as { interviewId: string; label: string; score: number }[];
  return rows.map((row) => ({
    ...row,
    scores: scores.filter((score) => score.interviewId === row.id).map(({ label, score }) => ({ label, score })),
  }));
}

/** Interviews never finished: shown at unlock so an interrupted one is picked up again. */
export function listDrafts(
  vault: OpenVault,
): { id: string; clientId: string; clientName: string; heldOn: string; updatedAt: string | null }[] {
  return (
    vault.db
      .select({
        id: interviews.id,
        clientId: interviews.clientId,
        heldOn: interviews.heldOn,
        updatedAt: interviews.updatedAt,
      })
      .from(interviews)
      // A literal 0, not a bound false: only then can SQLite use the partial index interviews_unfinished.
      .where(sql`${interviews.isFinished} = 0`)
      .orderBy(desc(interviews.updatedAt))
      .limit(20)
      .all()
      .map((draft) => ({ ...draft, clientName: clientName(vault, draft.clientId).name }))
  );
}

/**
 * What to review first at the next interview: the actions of the client's
 * latest finalised action plan, or, before there is one, those agreed at their
 * most recent earlier interview.
 */
export function previousActions(
  vault: OpenVault,
  clientId: string,
  beforeInterviewId?: string,
): (Interview['actions'][number] & { heldOn: string })[] {
  const plan = vault.sqlite
    .prepare(
      `SELECT v.content, v.finalised_at AS finalisedAt FROM plan_versions v JOIN action_plans p ON p.id = v.plan_id
        WHERE p.client_id = ? ORDER BY v.number DESC LIMIT 1`,
    )
    .get(clientId) as { content: string; finalisedAt: string } | undefined;
  if (plan) {
    const content = JSON.parse(plan.content) as PlanContent;
    return content.actions.map((action) => ({
      id: action.id,
      text: action.text,
      owner: describeOwner(action.owner),
      dueOn: action.dueOn,
      createdAt: plan.finalisedAt,
      heldOn: plan.finalisedAt.slice(0, 10),
    }));
  }
  const earlier = vault.db
    .select({ id: interviews.id, heldOn: interviews.heldOn })
    .from(interviews)
    .where(
      beforeInterviewId
        ? and(eq(interviews.clientId, clientId), ne(interviews.id, beforeInterviewId))
        : eq(interviews.clientId, clientId),
    )
    .orderBy(desc(interviews.heldOn), desc(interviews.createdAt))
    .all();
  for (const interview of earlier) {
    const actions = vault.db
      .select({
        id: interviewActions.id,
        text: interviewActions.text,
        owner: interviewActions.owner,
        dueOn: interviewActions.dueOn,
        createdAt: interviewActions.createdAt,
      })
      .from(interviewActions)
      .where(eq(interviewActions.interviewId, interview.id))
      .orderBy(asc(interviewActions.createdAt))
      .all();
    if (actions.length > 0) return actions.map((action) => ({ ...action, heldOn: interview.heldOn }));
  }
  return [];
}
