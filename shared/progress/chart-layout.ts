// Where everything sits in a before-and-now chart, worked out once for both
// places that draw it: the client page (React SVG, renderer/src/progress) and
// the plan document (an SVG string rendered to PNG, main/export). A row per
// rated competency, a hollow ring for the first rating and a filled dot for the
// latest, each labelled in words ("First 2", "Now 3") so neither colour nor
// shape carries the meaning alone.
import type { CompetencyProgress } from '../contract/progress';
import { frameworks, type FrameworkId } from './frameworks';

export type ChartMark = { kind: 'first' | 'now'; x: number; radius: number };
export type ChartRow = {
  key: string;
  /** The row's centre line, where its marks sit. */
  y: number;
  label: { x: number; y: number; text: string };
  /** The line from first to latest, when they differ. */
  link: { x1: number; x2: number } | null;
  marks: ChartMark[];
  /** The words above the marks: "First 2" and "Now 3", or one "Same 3" / "Once 3". */
  markLabels: { x: number; y: number; text: string; isNow: boolean }[];
};
export type BeforeNowLayout = {
  width: number;
  height: number;
  fontSize: number;
  grid: { level: number; x: number; y1: number; y2: number }[];
  axisY: number;
  rows: ChartRow[];
};

const width = 640;

/**
 * `fontSize` in the picture's own units (640 wide): 13 on the page, where the
 * chart is drawn at about its own size; larger in a document, where it shrinks
 * to the text's width and its words must stay as readable as the plan's.
 */
export function beforeNowLayout(
  framework: FrameworkId,
  entries: readonly CompetencyProgress[],
  { fontSize = 13 }: { fontSize?: number } = {},
): BeforeNowLayout {
  const grow = fontSize / 13;
  const labelRight = Math.round(214 * grow);
  const plot = { left: labelRight + 36, right: 600 };
  const top = Math.round(34 * grow);
  const rowHeight = Math.round(44 * grow);
  const above = Math.round(13 * grow);
  const { scale } = frameworks[framework];
  const x = (rating: number) => plot.left + ((rating - scale.min) * (plot.right - plot.left)) / (scale.max - scale.min);
  const height = top + entries.length * rowHeight + 8;
  const rows = entries.map((entry, index): ChartRow => {
    const y = top + index * rowHeight + rowHeight / 2 + 6;
    const label = { x: labelRight, y: y + Math.round(fontSize * 0.3), text: entry.shortLabel };
    const isSame = entry.count < 2 || entry.first.rating === entry.latest.rating;
    if (isSame) {
      const at = x(entry.latest.rating);
      return {
        key: entry.key,
        y,
        label,
        link: null,
        marks: [
          { kind: 'first', x: at, radius: 8 },
          { kind: 'now', x: at, radius: 4 },
        ],
        markLabels: [
          { x: at, y: y - above, text: `${entry.count < 2 ? 'Once' : 'Same'} ${entry.latest.rating}`, isNow: false },
        ],
      };
    }
    const [from, to] = [x(entry.first.rating), x(entry.latest.rating)];
    return {
      key: entry.key,
      y,
      label,
      link: { x1: from, x2: to },
      marks: [
        { kind: 'first', x: from, radius: 7 },
        { kind: 'now', x: to, radius: 7 },
      ],
      markLabels: [
        { x: from, y: y - above, text: `First ${entry.first.rating}`, isNow: false },
        { x: to, y: y - above, text: `Now ${entry.latest.rating}`, isNow: true },
      ],
    };
  });
  return {
    width,
    height,
    fontSize,
    axisY: Math.round(16 * grow),
    grid: scale.levels.map(({ value }) => ({ level: value, x: x(value), y1: top - 8, y2: height - 8 })),
    rows,
  };
}
