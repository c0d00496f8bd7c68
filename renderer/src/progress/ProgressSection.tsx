// A client's progress on their page: for each framework they have been rated
// on, one sentence, a before-and-now chart named by it and a table with the
// same figures; their interviews' scaling scores first and latest; and the
// self-assessment the adviser can run with them.
import { useRef, useState } from 'react';
import type { ClientProgress, CompetencyProgress } from '../../../shared/contract/progress';
import { frameworks, type FrameworkId } from '../../../shared/progress/frameworks';
import { changeOf, progressByFramework } from '../../../shared/progress/summary';
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../format/dates';
import { BeforeNowChart } from './BeforeNowChart';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import './progress.css';

type Props = { clientId: string };

const changeWords = (entry: CompetencyProgress): string => {
  const difference = entry.latest.rating - entry.first.rating;
  switch (changeOf(entry)) {
    case 'once':
      return 'Rated once so far';
    case 'higher':
      return `Higher by ${difference}`;
    case 'lower':
      return `Lower by ${-difference}`;
    default:
      return 'The same';
  }
};

export function ProgressSection({ clientId }: Props) {
  const progress = useQuery('progress.forClient', { clientId });
  const [shown, setShown] = useState<ClientProgress | null>(null);
  const [isAssessing, setIsAssessing] = useState(false);
  const [done, setDone] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const current = shown ?? progress.value;

  // The framework in use now comes first; ratings under another keep their own chart.
  const groups = current ? progressByFramework(current) : [];

  return (
    <section className="panel client-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading" ref={headingRef} tabIndex={-1}>
        Progress
      </h2>
      {!current ? (
        <LoadingOrProblem query={progress} what="progress" problemWhat="The progress ratings" />
      ) : (
        <>
          {groups.length === 0 ? (
            <p className="not-recorded">
              No ratings yet. A self-assessment shows where {current.calledName} is now; the next one shows the change.
            </p>
          ) : null}
          {groups.map(({ framework, competencies, sentence }) => (
            <FrameworkRatings key={framework} framework={framework} sentence={sentence} entries={competencies} />
          ))}
          {current.scaling.length > 0 ? <ScalingTable scaling={current.scaling} /> : null}
          <StatusMessage id="progress-done" message={done} />
          {isAssessing ? (
            <SelfAssessmentForm
              clientId={clientId}
              calledName={current.calledName}
              framework={current.chosenFramework}
              onSaved={(value) => {
                setShown(value);
                setIsAssessing(false);
                setDone('Self-assessment saved.');
                headingRef.current?.focus();
              }}
              onCancel={() => {
                setIsAssessing(false);
                // Back to the button that opened it, once it is drawn again.
                window.setTimeout(() => startRef.current?.focus(), 0);
              }}
            />
          ) : (
            <div className="actions">
              <button
                ref={startRef}
                type="button"
                className="button"
                onClick={() => {
                  setDone('');
                  setIsAssessing(true);
                }}
              >
                Start a self-assessment
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function FrameworkRatings({
  framework,
  sentence,
  entries,
}: {
  framework: FrameworkId;
  sentence: string;
  entries: CompetencyProgress[];
}) {
  const { name, noun } = frameworks[framework];
  const summaryId = `progress-summary-${framework}`;
  return (
    <div className="progress-framework">
      <h3>{name}</h3>
      <p id={summaryId} className="progress-summary">
        {sentence}
      </p>
      <p className="field-hint">
        Each row shows the first rating (a ring) and the latest (a filled dot), from 1 (just starting) to 4 (confident).
      </p>
      <BeforeNowChart framework={framework} entries={entries} summaryId={summaryId} />
      <DataTable
        className="data-table"
        caption={`${name}: first and latest ratings`}
        columns={[noun.one.charAt(0).toUpperCase() + noun.one.slice(1), 'First', 'Now', 'Change']}
      >
        {entries.map((entry) => (
          <tr key={entry.key}>
            <th scope="row">{entry.label}</th>
            <td>{`${entry.first.rating} on ${formatDate(entry.first.ratedOn)}`}</td>
            <td>{`${entry.latest.rating} on ${formatDate(entry.latest.ratedOn)}`}</td>
            <td>{changeWords(entry)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

function ScalingTable({ scaling }: { scaling: ClientProgress['scaling'] }) {
  return (
    <div className="progress-scaling">
      <h3>Scaling scores from interviews</h3>
      <DataTable
        className="data-table"
        caption="Scaling questions, first and latest scores out of 10"
        columns={['Question', 'First', 'Now', 'Times asked']}
      >
        {scaling.map((series) => {
          const first = series.points[0];
          const latest = series.points.at(-1);
          return (
            <tr key={series.label}>
              <th scope="row">{series.label}</th>
              <td>{first ? `${first.score} on ${formatDate(first.ratedOn)}` : ''}</td>
              <td>{latest ? `${latest.score} on ${formatDate(latest.ratedOn)}` : ''}</td>
              <td>{series.points.length}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
