// One framework's before-and-now picture on the client page, drawn from the
// shared layout (shared/progress/chart-layout.ts) that the plan document's
// picture uses too. Named by the summary sentence beside it; the table below
// holds the same figures for anyone who prefers them.
import type { CompetencyProgress } from '../../../shared/contract/progress';
import { beforeNowLayout } from '../../../shared/progress/chart-layout';
import type { FrameworkId } from '../../../shared/progress/frameworks';

type Props = { framework: FrameworkId; entries: CompetencyProgress[]; summaryId: string };

export function BeforeNowChart({ framework, entries, summaryId }: Props) {
  const layout = beforeNowLayout(framework, entries);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={summaryId}
      className="progress-chart"
      data-framework={framework}
    >
      {layout.grid.map((line) => (
        <g key={line.level}>
          <line x1={line.x} x2={line.x} y1={line.y1} y2={line.y2} className="progress-chart-grid" />
          <text x={line.x} y={layout.axisY} textAnchor="middle" className="progress-chart-axis">
            {line.level}
          </text>
        </g>
      ))}
      {layout.rows.map((row) => (
        <g key={row.key} className="progress-chart-row">
          <text x={row.label.x} y={row.label.y} textAnchor="end" className="progress-chart-label">
            {row.label.text}
          </text>
          {row.link ? (
            <line x1={row.link.x1} x2={row.link.x2} y1={row.y} y2={row.y} className="progress-chart-link" />
          ) : null}
          {row.marks.map((mark) => (
            <circle
              key={mark.kind}
              cx={mark.x}
              cy={row.y}
              r={mark.radius}
              className={mark.kind === 'first' ? 'progress-chart-first' : 'progress-chart-now'}
            />
          ))}
          {row.markLabels.map((label) => (
            <text
              key={label.text}
              x={label.x}
              y={label.y}
              textAnchor="middle"
              className={
                label.isNow ? 'progress-chart-mark-label progress-chart-mark-now' : 'progress-chart-mark-label'
              }
            >
              {label.text}
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
}
