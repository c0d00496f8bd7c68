// The before-and-now chart as a standalone SVG document, for the plan's picture
// (rendered to PNG by svg-to-png.ts). Same layout as the client page's chart
// (shared/progress/chart-layout.ts); the page's CSS colours are written inline
// because a standalone picture has no style sheet.
import type { BeforeNowLayout } from '../../shared/progress/chart-layout';
import { pictureFontFamily } from './svg-to-png';

const colours = { ink: '#1e2a30', inkSoft: '#46555d', grid: '#dfe3e1', now: '#17464f', paper: '#ffffff' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function beforeNowSvg(layout: BeforeNowLayout): string {
  const text = (
    x: number,
    y: number,
    content: string,
    { anchor, colour, isBold = false }: { anchor: 'start' | 'middle' | 'end'; colour: string; isBold?: boolean },
  ) =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" fill="${colour}" font-family="${pictureFontFamily}" font-size="${layout.fontSize}"${isBold ? ' font-weight="700"' : ''}>${escapeXml(content)}</text>`;
  const grid = layout.grid.map(
    (line) =>
      `<line x1="${line.x}" x2="${line.x}" y1="${line.y1}" y2="${line.y2}" stroke="${colours.grid}" stroke-width="1"/>` +
      text(line.x, layout.axisY, String(line.level), { anchor: 'middle', colour: colours.inkSoft }),
  );
  const rows = layout.rows.map((row) =>
    [
      text(row.label.x, row.label.y, row.label.text, { anchor: 'end', colour: colours.ink }),
      row.link
        ? `<line x1="${row.link.x1}" x2="${row.link.x2}" y1="${row.y}" y2="${row.y}" stroke="${colours.inkSoft}" stroke-width="2"/>`
        : '',
      ...row.marks.map((mark) =>
        mark.kind === 'first'
          ? `<circle cx="${mark.x}" cy="${row.y}" r="${mark.radius}" fill="${colours.paper}" stroke="${colours.inkSoft}" stroke-width="2.5"/>`
          : `<circle cx="${mark.x}" cy="${row.y}" r="${mark.radius}" fill="${colours.now}" stroke="${colours.now}" stroke-width="2"/>`,
      ),
      ...row.markLabels.map((label) =>
        text(label.x, label.y, label.text, { anchor: 'middle', colour: colours.ink, isBold: label.isNow }),
      ),
    ].join(''),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">${grid.join('')}${rows.join('')}</svg>`;
}
