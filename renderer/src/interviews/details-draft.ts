// The interview's details as the form holds them (text as typed), checked
// with plain messages before they go to main, which checks them again.
import { provisionLevels, type ProvisionLevel } from '../../../shared/caseload';
import { interviewDetailsSchema, type Interview, type InterviewDetails } from '../../../shared/contract/interviews';
import type { InterviewMode } from '../../../shared/guidance-models';
import type { FrameworkId } from '../../../shared/progress/frameworks';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';

export type ScoreDraft = { label: string; score: string };

export type DetailsDraft = {
  heldOn: string;
  startsAt: string;
  durationMinutes: string;
  mode: InterviewMode;
  place: string;
  competencies: number[];
  /** Whose list the competency numbers index. */
  competencyFramework: FrameworkId;
  techniques: string[];
  intendedDestination: string;
  referralMade: string;
  provisionLevelSet: ProvisionLevel | '';
  followUpOn: string;
  scores: ScoreDraft[];
};

export const scoreLabelSuggestions = [
  'Confidence',
  'Motivation',
  'Clarity about next steps',
  'Readiness to decide',
  'Knowledge of options',
];

export function toDetailsDraft(interview: Interview): DetailsDraft {
  return {
    heldOn: interview.heldOn,
    startsAt: interview.startsAt ?? '',
    durationMinutes: String(interview.durationMinutes),
    mode: interview.mode,
    place: interview.place,
    competencies: interview.competencies,
    competencyFramework: interview.competencyFramework,
    techniques: interview.techniques,
    intendedDestination: interview.intendedDestination,
    referralMade: interview.referralMade,
    provisionLevelSet: interview.provisionLevelSet ?? '',
    followUpOn: interview.followUpOn ?? '',
    scores: interview.scores.map((score) => ({ label: score.label, score: String(score.score) })),
  };
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** No score chosen yet: the row was just added, or the adviser has not got to it. */
export function isUnfinishedScore(score: ScoreDraft): boolean {
  return score.score === '';
}

export function checkDetails(draft: DetailsDraft): { details: InterviewDetails | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!isoDatePattern.test(draft.heldOn)) errors.heldOn = 'Enter the date of the interview.';
  if (draft.startsAt !== '' && !/^\d{2}:\d{2}$/.test(draft.startsAt))
    errors.startsAt = 'Enter a time such as 09:30, or leave it empty.';
  const minutes = Number(draft.durationMinutes.trim());
  if (draft.durationMinutes.trim() === '' || !Number.isInteger(minutes) || minutes < 5 || minutes > 480)
    errors.durationMinutes = 'Enter the length in whole minutes, from 5 to 480.';
  if (draft.followUpOn !== '' && !isoDatePattern.test(draft.followUpOn))
    errors.followUpOn = 'Enter a follow-up date, or leave it empty.';
  // A score row with no score chosen yet is unfinished, not wrong: it waits, unsaved, while the rest saves.
  draft.scores.forEach((score, index) => {
    if (isUnfinishedScore(score)) return;
    if (score.label.trim() === '') errors[`scores.${index}.label`] = 'Say what is scored, such as Confidence.';
  });
  if (Object.keys(errors).length > 0) return { details: null, errors };

  const candidate = {
    heldOn: draft.heldOn,
    startsAt: draft.startsAt || null,
    durationMinutes: minutes,
    mode: draft.mode,
    place: draft.place,
    competencies: draft.competencies,
    competencyFramework: draft.competencyFramework,
    techniques: draft.techniques,
    intendedDestination: draft.intendedDestination,
    referralMade: draft.referralMade,
    provisionLevelSet: provisionLevels.find((level) => level === draft.provisionLevelSet) ?? null,
    followUpOn: draft.followUpOn || null,
    scores: draft.scores
      .filter((score) => !isUnfinishedScore(score))
      .map((score) => ({ label: score.label.trim(), score: Number(score.score) })),
  };
  const parsed = interviewDetailsSchema.safeParse(candidate);
  return parsed.success
    ? { details: parsed.data, errors: {} }
    : { details: null, errors: fieldErrorsFrom(parsed.error.issues) };
}
