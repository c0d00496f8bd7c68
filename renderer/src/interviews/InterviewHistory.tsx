// A client's interviews, newest first, and their scaling scores over time.
import { interviewModeLabels } from '../../../shared/guidance-models';
import type { InterviewSummary } from '../../../shared/contract/interviews';
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadProblem } from '../components/LoadProblem';
import { Loading } from '../components/Loading';
import { PageLink } from '../components/PageLink';
import { formatDate } from '../format/dates';
import { ScoresChart, type ScorePoint } from './ScoresChart';

type Props = { clientId: string };

/** Each score label's points, oldest interview first. */
function scoreSeries(interviews: InterviewSummary[]): { label: string; points: ScorePoint[] }[] {
  const series = new Map<string, ScorePoint[]>();
  for (const interview of [...interviews].reverse()) {
    for (const score of interview.scores) {
      const key = score.label.trim();
      series.set(key, [...(series.get(key) ?? []), { heldOn: interview.heldOn, score: score.score }]);
    }
  }
  return [...series].map(([label, points]) => ({ label, points }));
}

export function InterviewHistory({ clientId }: Props) {
  const { value: interviews, problem, reload } = useQuery('interviews.listForClient', { clientId });
  const series = interviews ? scoreSeries(interviews) : [];
  return (
    <section className="panel" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">Interviews</h2>
      {!interviews ? (
        problem ? (
          <LoadProblem what="The interviews" message={problem} onRetry={reload} />
        ) : (
          <Loading what="the interviews" />
        )
      ) : interviews.length === 0 ? (
        <p className="not-recorded">No interviews yet.</p>
      ) : (
        <>
          <DataTable
            caption="Interviews, newest first"
            isCaptionHidden
            columns={['Date', 'Guidance model', 'Length', 'How', { label: 'Open', isHidden: true }]}
          >
            {interviews.map((interview) => (
              <tr key={interview.id}>
                <td>{formatDate(interview.heldOn)}</td>
                <td>
                  {interview.templateName}
                  {interview.isFinished ? '' : <span className="in-progress"> (in progress)</span>}
                </td>
                <td>{interview.durationMinutes} minutes</td>
                <td>{interviewModeLabels[interview.mode]}</td>
                <td>
                  <PageLink to={{ name: 'interview', interviewId: interview.id }}>
                    Open<span className="visually-hidden"> the interview of {formatDate(interview.heldOn)}</span>
                  </PageLink>
                </td>
              </tr>
            ))}
          </DataTable>
          {series.length > 0 ? (
            <div className="score-charts">
              <h3>Scaling scores over time</h3>
              {series.map((one, index) => (
                <ScoresChart key={one.label} id={`score-chart-${index}`} label={one.label} points={one.points} />
              ))}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
