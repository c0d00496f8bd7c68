// The adviser's comments and recommendations, kept with the organisation and
// the report's period so the same period opens with what was written.
import type { ReportPeriodInput } from '../../../shared/contract/reports';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

type Comments = { comments: string; recommendations: string };

export function readComments({ sqlite }: OpenVault, { organisationId, from, to }: ReportPeriodInput): Comments {
  const row = sqlite
    .prepare(
      'SELECT comments, recommendations FROM termly_reports WHERE organisation_id = @organisationId AND period_from = @from AND period_to = @to',
    )
    .get({ organisationId, from, to }) as Comments | undefined;
  return row ?? { comments: '', recommendations: '' };
}

export function writeComments(
  { sqlite }: OpenVault,
  input: ReportPeriodInput & Comments,
  context: ServiceContext = systemContext,
): Comments & { savedAt: string } {
  const now = context.now();
  const savedAt = now.toISOString();
  sqlite
    .prepare(
      `INSERT INTO termly_reports (id, organisation_id, period_from, period_to, comments, recommendations, created_at, updated_at)
       VALUES (@id, @organisationId, @from, @to, @comments, @recommendations, @savedAt, @savedAt)
       ON CONFLICT (organisation_id, period_from, period_to) DO UPDATE SET comments = excluded.comments, recommendations = excluded.recommendations, updated_at = excluded.updated_at`,
    )
    .run({
      id: context.newId(),
      organisationId: input.organisationId,
      from: input.from,
      to: input.to,
      comments: input.comments,
      recommendations: input.recommendations,
      savedAt,
    });
  return { comments: input.comments, recommendations: input.recommendations, savedAt };
}
