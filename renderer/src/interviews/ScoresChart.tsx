// One scaling score (such as Confidence) across interviews: a small line chart
// drawn as SVG with a title and description, and the same figures in a table
// for screen readers.
import { DataTable } from '../components/DataTable';
import { formatDate, formatShortDate } from '../format/dates';

export type ScorePoint = { heldOn: string; score: number };

type Props = { id: string; label: string; points: ScorePoint[] };

const width = 360;
const height = 150;
const padding = { top: 12, right: 16, bottom: 30, left: 30 };

export function ScoresChart({ id, label, points }: Props) {
  const plotWidth = width - padding.left - padding.right;
  const plotHeight = height - padding.top - padding.bottom;
  const x = (index: number) =>
    padding.left + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (score: number) => padding.top + plotHeight - ((score - 1) * plotHeight) / 9;
  const path = points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.score).toFixed(1)}`)
    .join(' ');
  const summary = points.map((point) => `${point.score} on ${formatDate(point.heldOn)}`).join(', ');
  const first = points[0];
  const last = points.at(-1);

  return (
    <figure className="score-chart">
      <figcaption id={`${id}-caption`}>{label}, from 1 to 10</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="score-chart-svg"
      >
        <title id={`${id}-title`}>{label} over time</title>
        <desc id={`${id}-desc`}>{summary}.</desc>
        {[1, 5, 10].map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={padding.left} x2={width - padding.right} y1={y(tick)} y2={y(tick)} className="score-chart-grid" />
            <text x={padding.left - 8} y={y(tick) + 4} textAnchor="end" className="score-chart-axis">
              {tick}
            </text>
          </g>
        ))}
        <path d={path} className="score-chart-line" aria-hidden="true" />
        {points.map((point, index) => (
          <circle
            key={`${point.heldOn}-${index}`}
            cx={x(index)}
            cy={y(point.score)}
            r={4.5}
            className="score-chart-point"
            aria-hidden="true"
          />
        ))}
        {first ? (
          <text
            x={x(0)}
            y={height - 8}
            textAnchor={points.length === 1 ? 'middle' : 'start'}
            className="score-chart-axis"
            aria-hidden="true"
          >
            {formatShortDate(first.heldOn)}
          </text>
        ) : null}
        {last && points.length > 1 ? (
          <text
            x={x(points.length - 1)}
            y={height - 8}
            textAnchor="end"
            className="score-chart-axis"
            aria-hidden="true"
          >
            {formatShortDate(last.heldOn)}
          </text>
        ) : null}
      </svg>
      <DataTable
        className="visually-hidden"
        caption={`${label} scores by interview`}
        columns={['Interview date', 'Score out of 10']}
      >
        {points.map((point, index) => (
          <tr key={`${point.heldOn}-${index}`}>
            <td>{formatDate(point.heldOn)}</td>
            <td>{point.score}</td>
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}
