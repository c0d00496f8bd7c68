// One framework's before-and-now picture: a dot chart with a row per rated
// competency, a hollow ring for the first rating and a filled dot for the
// latest, each labelled in words ("First 2", "Now 3") so neither colour nor
// shape carries the meaning alone. Named by the summary sentence beside it;
// the table below holds the same figures for anyone who prefers them.
import type { CompetencyProgress } from '../../../shared/contract/progress';
import { frameworks, type FrameworkId } from '../../../shared/progress/frameworks';

type Props = { framework: FrameworkId; entries: CompetencyProgress[]; summaryId: string };

const width = 640;
const labelRight = 214;
const plot = { left: 250, right: 600 };
const top = 34;
const rowHeight = 44;

export function BeforeNowChart({ framework, entries, summaryId }: Props) {
  const { scale } = frameworks[framework];
  const x = (rating: number) => plot.left + ((rating - scale.min) * (plot.right - plot.left)) / (scale.max - scale.min);
  const height = top + entries.length * rowHeight + 8;
  const levels = scale.levels.map((level) => level.value);

  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={summaryId} className="progress-chart" data-framework={framework}>
      {levels.map((level) => (
        <g key={level}>
          <line x1={x(level)} x2={x(level)} y1={top - 8} y2={height - 8} className="progress-chart-grid" />
          <text x={x(level)} y={16} textAnchor="middle" className="progress-chart-axis">
            {level}
          </text>
        </g>
      ))}
      {entries.map((entry, index) => {
        const y = top + index * rowHeight + rowHeight / 2 + 6;
        const isSame = entry.count < 2 || entry.first.rating === entry.latest.rating;
        return (
          <g key={entry.key} className="progress-chart-row">
            <text x={labelRight} y={y + 4} textAnchor="end" className="progress-chart-label">
              {entry.shortLabel}
            </text>
            {isSame ? (
              <>
                <circle cx={x(entry.latest.rating)} cy={y} r={8} className="progress-chart-first" />
                <circle cx={x(entry.latest.rating)} cy={y} r={4} className="progress-chart-now" />
                <text x={x(entry.latest.rating)} y={y - 13} textAnchor="middle" className="progress-chart-mark-label">
                  {entry.count < 2 ? `Once ${entry.latest.rating}` : `Same ${entry.latest.rating}`}
                </text>
              </>
            ) : (
              <>
                <line x1={x(entry.first.rating)} x2={x(entry.latest.rating)} y1={y} y2={y} className="progress-chart-link" />
                <circle cx={x(entry.first.rating)} cy={y} r={7} className="progress-chart-first" />
                <text x={x(entry.first.rating)} y={y - 13} textAnchor="middle" className="progress-chart-mark-label">
                  First {entry.first.rating}
                </text>
                <circle cx={x(entry.latest.rating)} cy={y} r={7} className="progress-chart-now" />
                <text x={x(entry.latest.rating)} y={y - 13} textAnchor="middle" className="progress-chart-mark-label progress-chart-mark-now">
                  Now {entry.latest.rating}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
