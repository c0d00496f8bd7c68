// A client's progress over time: dated self-ratings on a framework's
// competencies (each rating names its framework, so old ones keep theirs),
// read back as first and latest per competency, with the scaling scores
// their interviews recorded as series of their own. A rating is checked
// whole before anything is written: a bad one writes nothing.
import { and, asc, eq } from 'drizzle-orm';
import { todayInLondon } from '../../../shared/dates';
import type {
  ClientProgress,
  CompetencyProgress,
  ScalingSeries,
  SelfAssessmentInput,
} from '../../../shared/contract/progress';
import {
  findCompetency,
  frameworkIds,
  frameworks,
  isFrameworkId,
  type FrameworkId,
} from '../../../shared/progress/frameworks';
import { progressByFramework, type FrameworkProgress } from '../../../shared/progress/summary';
import { clients, competencyRatings, interviews } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { readSettings } from '../settings';
import { type ServiceContext, systemContext } from '../context';

type RatingInput = { competency: string; rating: number };

function clientOf({ db }: OpenVault, clientId: string) {
  const client = db
    .select({ forename: clients.forename, preferredName: clients.preferredName, dateOfBirth: clients.dateOfBirth })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  return client;
}

/** Every rating must name one of the framework's competencies, once, within its scale. */
function checkRatings(framework: FrameworkId, ratings: readonly RatingInput[]): void {
  const { scale, noun, name } = frameworks[framework];
  const seen = new Set<string>();
  for (const { competency, rating } of ratings) {
    const known = findCompetency(framework, competency);
    if (!known)
      throw new AppError(
        'VALIDATION',
        `“${competency.slice(0, 60)}” is not one of the ${noun.many} in the ${name}. Choose from the list.`,
      );
    if (seen.has(known.key))
      throw new AppError('VALIDATION', `“${known.label}” is rated twice. Give each ${noun.one} one rating.`);
    seen.add(known.key);
    if (!Number.isInteger(rating) || rating < scale.min || rating > scale.max)
      throw new AppError(
        'VALIDATION',
        `Ratings run from ${scale.min} to ${scale.max}: “${known.label}” was given ${rating}.`,
      );
  }
}

function checkRatedOn(vault: OpenVault, clientId: string, ratedOn: string, now: Date): void {
  const { dateOfBirth } = clientOf(vault, clientId);
  if (dateOfBirth && ratedOn < dateOfBirth)
    throw new AppError('VALIDATION', 'That date is before their date of birth. Check the date of the self-assessment.');
  if (ratedOn > todayInLondon(now))
    throw new AppError(
      'VALIDATION',
      'That date is in the future. Record a self-assessment on or after the day it happens.',
    );
}

export function recordSelfAssessment(
  vault: OpenVault,
  input: SelfAssessmentInput,
  context: ServiceContext = systemContext,
): ClientProgress {
  const now = context.now();
  checkRatedOn(vault, input.clientId, input.ratedOn, now);
  checkRatings(input.framework, input.ratings);
  const createdAt = now.toISOString();
  vault.db.transaction((transaction) => {
    for (const { competency, rating } of input.ratings) {
      transaction
        .insert(competencyRatings)
        .values({
          id: context.newId(),
          clientId: input.clientId,
          ratedOn: input.ratedOn,
          framework: input.framework,
          competency,
          scale: 'levels-1-4',
          rating,
          source: 'self-assessment',
          interviewId: null,
          createdAt,
        })
        .run();
    }
  });
  return progressForClient(vault, { clientId: input.clientId });
}

/**
 * The ratings given at an interview, in the framework its tags belong to and
 * dated as the interview: saving again replaces them, so the Rate controls
 * can be changed while the interview is open.
 */
export function rateAtInterview(
  vault: OpenVault,
  input: { interviewId: string; ratings: RatingInput[] },
  context: ServiceContext = systemContext,
): ClientProgress {
  const now = context.now();
  const interview = vault.db
    .select({ clientId: interviews.clientId, heldOn: interviews.heldOn, framework: interviews.competencyFramework })
    .from(interviews)
    .where(eq(interviews.id, input.interviewId))
    .get();
  if (!interview) throw new AppError('NOT_FOUND', 'That interview is not in the vault.');
  checkRatedOn(vault, interview.clientId, interview.heldOn, now);
  checkRatings(interview.framework, input.ratings);
  const createdAt = now.toISOString();
  vault.db.transaction((transaction) => {
    transaction
      .delete(competencyRatings)
      .where(and(eq(competencyRatings.interviewId, input.interviewId), eq(competencyRatings.source, 'interview')))
      .run();
    for (const { competency, rating } of input.ratings) {
      transaction
        .insert(competencyRatings)
        .values({
          id: context.newId(),
          clientId: interview.clientId,
          ratedOn: interview.heldOn,
          framework: interview.framework,
          competency,
          scale: 'levels-1-4',
          rating,
          source: 'interview',
          interviewId: input.interviewId,
          createdAt,
        })
        .run();
    }
  });
  return progressForClient(vault, { clientId: interview.clientId });
}

/** An interview moved to another day takes its ratings with it: they are dated as the interview. */
export function interviewRedated(
  { db }: OpenVault,
  { interviewId, heldOn }: { interviewId: string; heldOn: string },
): void {
  db.update(competencyRatings)
    .set({ ratedOn: heldOn })
    .where(and(eq(competencyRatings.interviewId, interviewId), eq(competencyRatings.source, 'interview')))
    .run();
}

type RatingRow = typeof competencyRatings.$inferSelect;

export function progressForClient(vault: OpenVault, { clientId }: { clientId: string }): ClientProgress {
  const client = clientOf(vault, clientId);
  const rows = vault.db
    .select()
    .from(competencyRatings)
    .where(eq(competencyRatings.clientId, clientId))
    .orderBy(asc(competencyRatings.ratedOn), asc(competencyRatings.createdAt))
    .all();
  const point = (row: RatingRow) => ({ ratedOn: row.ratedOn, rating: row.rating, source: row.source });

  const competencies: CompetencyProgress[] = [];
  for (const framework of frameworkIds) {
    for (const competency of frameworks[framework].competencies) {
      const rated = rows.filter((row) => row.framework === framework && row.competency === competency.key);
      const first = rated[0];
      const latest = rated.at(-1);
      if (!first || !latest) continue;
      competencies.push({
        framework,
        key: competency.key,
        label: competency.label,
        shortLabel: competency.shortLabel,
        count: rated.length,
        first: point(first),
        latest: point(latest),
      });
    }
  }

  return {
    clientId,
    calledName: client.preferredName.trim() || client.forename,
    chosenFramework: readSettings(vault.db).competencyFramework,
    competencies,
    scaling: scalingSeries(vault, clientId, rows),
    interviewRatings: rows
      .filter((row) => row.source === 'interview' && row.interviewId !== null && isFrameworkId(row.framework))
      .map((row) => ({ interviewId: row.interviewId ?? '', competency: row.competency, rating: row.rating })),
  };
}

/**
 * The before-and-now picture in words, per framework the client has been
 * rated on (the one in use first): for reports, the plan and the handover,
 * which say the same sentence the client page shows.
 */
export function summariseProgress(vault: OpenVault, { clientId }: { clientId: string }): FrameworkProgress[] {
  return progressByFramework(progressForClient(vault, { clientId }));
}

/** Interviews' scaling scores by label (Confidence, Motivation), oldest first, with any scaling ratings kept as ratings. */
function scalingSeries(vault: OpenVault, clientId: string, rows: RatingRow[]): ScalingSeries[] {
  const scores = vault.sqlite
    .prepare(
      `SELECT s.label, s.score, i.held_on AS heldOn, i.id AS interviewId FROM interview_scores s JOIN interviews i ON i.id = s.interview_id
        WHERE i.client_id = ? ORDER BY i.held_on, i.created_at, s.id`,
    )
    .all(clientId) as { label: string; score: number; heldOn: string; interviewId: string }[];
  const series = new Map<string, ScalingSeries>();
  const add = (label: string, entry: ScalingSeries['points'][number]) => {
    // "Confidence" and "confidence " are one question asked twice.
    const key = label.trim().toLowerCase();
    const existing = series.get(key) ?? { label: label.trim(), points: [] };
    existing.points.push(entry);
    series.set(key, existing);
  };
  for (const score of scores)
    add(score.label, { ratedOn: score.heldOn, score: score.score, interviewId: score.interviewId });
  for (const row of rows)
    if (row.framework === 'scaling')
      add(row.competency, { ratedOn: row.ratedOn, score: row.rating, interviewId: row.interviewId });
  return [...series.values()].map((entry) => ({
    ...entry,
    points: entry.points.sort((a, b) => a.ratedOn.localeCompare(b.ratedOn)),
  }));
}
