// Builds the action plan the client keeps: an editable, accessible Word
// document on A4 with real headings, an actions table, working links, images
// and a footer. Variants: easy read (larger, simpler) and shared copy (sensitive parts left out).
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { actionStatusLabels, describeOwner, type PlanAction, type PlanContent, type PlanLink } from '../../shared/action-plans';
import type { DocumentVariant } from '../../shared/contract/plans';
import { formatUkDate } from '../../shared/dates';
import { imageTypeAndSize } from './image-size';

export type PlanDocument = {
  clientName: string;
  adviserName: string;
  adviserContact: string;
  confidentialityLine: string;
  versionNumber: number | null;
  date: string;
  reviewOn: string | null;
  content: PlanContent;
  images: { fileName: string; bytes: Buffer }[];
  /** Before-and-now charts (one per framework rated), when the adviser chose to include them. */
  progress?: ProgressChart[];
};

/** A chart already drawn as PNG, with the summary sentence that is both its alt text and its caption. */
export type ProgressChart = { frameworkName: string; sentence: string; png: Uint8Array };

/** A4 in twentieths of a point, with 2 cm margins. */
const a4 = { width: 11906, height: 16838, margin: 1134 };
const maxImageWidthPx = 560;

export function visibleContent(content: PlanContent, variant: DocumentVariant): PlanContent {
  if (!variant.isSharedCopy) return content;
  return { ...content, sections: content.sections.filter((section) => !section.isSensitive), actions: content.actions.filter((action) => !action.isSensitive) };
}

/** Whether a shared copy of this plan leaves anything out (the footer says so only when it does). */
export function hasPartsLeftOut(content: PlanContent): boolean {
  return content.sections.some((section) => section.isSensitive) || content.actions.some((action) => action.isSensitive);
}

export async function buildPlanDocx(plan: PlanDocument, variant: DocumentVariant): Promise<Buffer> {
  const content = visibleContent(plan.content, variant);
  const sizes = variant.isEasyRead ? { body: 28, heading1: 40, heading2: 32, title: 52, after: 240, line: 360 } : { body: 24, heading1: 32, heading2: 26, title: 44, after: 120, line: 276 };
  const title = variant.isEasyRead ? 'My career action plan' : 'Your career action plan';

  const document = new Document({
    creator: plan.adviserName || 'Waymark',
    title: `${title}: ${plan.clientName}`,
    description: 'A career action plan written with the client, for the client to keep.',
    styles: {
      default: {
        // lineRule 'auto' makes the line a multiple of single spacing: without it LibreOffice reads
        // the line as exact, and a picture on its own line is cut to one line's height.
        document: { run: { font: 'Arial', size: sizes.body }, paragraph: { spacing: { after: sizes.after, line: sizes.line, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Arial', size: sizes.title, bold: true } },
        heading1: { run: { font: 'Arial', size: sizes.heading1, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: sizes.after * 2, after: sizes.after } } },
        heading2: { run: { font: 'Arial', size: sizes.heading2, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: sizes.after, after: sizes.after } } },
        hyperlink: { run: { color: '1F4E9E', underline: {} } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: a4.width, height: a4.height }, margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin } } },
        footers: { default: new Footer({ children: footerParagraphs(plan, variant) }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          labelled('For', plan.clientName),
          labelled('Date', formatUkDate(plan.date) + (plan.versionNumber ? ` (version ${plan.versionNumber})` : '')),
          labelled('Adviser', [plan.adviserName, plan.adviserContact].filter(Boolean).join(', ') || 'Your careers adviser'),
          ...(content.goal.trim() ? [heading(variant.isEasyRead ? 'My goal' : 'Your goal', 1), ...bodyParagraphs(content.goal)] : []),
          ...content.sections.flatMap((section) => [heading(section.heading || 'Notes', 1), ...bodyParagraphs(section.body)]),
          ...actionsBlock(content.actions, variant),
          ...progressBlock(plan.progress ?? [], variant),
          ...linksBlock(content.resources, variant),
          ...imagesBlock(plan.images),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/** Blank lines separate paragraphs; lines starting with "- " or "• " become a bulleted list. */
function bodyParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const bullet = /^[-•*]\s+(.*)$/.exec(line);
      return bullet ? new Paragraph({ text: bullet[1], bullet: { level: 0 } }) : new Paragraph({ text: line });
    });
}

function link(item: PlanLink): ExternalHyperlink {
  return new ExternalHyperlink({ link: item.url, children: [new TextRun({ text: item.title.trim() || item.url, style: 'Hyperlink' })] });
}

function actionsBlock(actions: PlanAction[], variant: DocumentVariant): (Paragraph | Table)[] {
  const title = heading(variant.isEasyRead ? 'What I will do next' : 'Your actions', 1);
  if (actions.length === 0) return [title, new Paragraph({ text: 'No actions were agreed this time.' })];
  if (variant.isEasyRead) {
    // Easy read: one short block per action instead of a table.
    return [
      title,
      ...actions.flatMap((action, index) => [
        heading(`${index + 1}. ${action.text}`, 2),
        labelled('Who', describeOwner(action.owner)),
        labelled('By when', action.dueOn ? formatUkDate(action.dueOn) : 'No date set'),
        ...action.links.map((item) => new Paragraph({ children: [link(item)] })),
      ]),
    ];
  }
  const hasProgress = actions.some((action) => action.status !== 'to-do' || action.reviewComment);
  const headers = ['What', 'Who', 'By when', ...(hasProgress ? ['Progress'] : [])];
  const cell = (children: Paragraph[]) => new TableCell({ children, margins: { top: 80, bottom: 80, left: 100, right: 100 } });
  const rows = [
    new TableRow({ tableHeader: true, children: headers.map((header) => cell([new Paragraph({ children: [new TextRun({ text: header, bold: true })] })])) }),
    ...actions.map(
      (action) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new Paragraph({ text: action.text }), ...(action.notes.trim() ? bodyParagraphs(action.notes) : []), ...action.links.map((item) => new Paragraph({ children: [link(item)] }))]),
            cell([new Paragraph({ text: describeOwner(action.owner) })]),
            cell([new Paragraph({ text: action.dueOn ? formatUkDate(action.dueOn) : 'No date set' })]),
            ...(hasProgress ? [cell([new Paragraph({ text: [actionStatusLabels[action.status], action.reviewComment.trim()].filter(Boolean).join(': ') })])] : []),
          ],
        }),
    ),
  ];
  return [title, new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })];
}

function linksBlock(resources: PlanLink[], variant: DocumentVariant): Paragraph[] {
  if (resources.length === 0) return [];
  return [heading(variant.isEasyRead ? 'Useful websites' : 'Useful links', 1), ...resources.map((item) => new Paragraph({ bullet: { level: 0 }, children: [link(item)] }))];
}

/** Each chart at the text's full width, named by its sentence, which is also printed beneath it. */
function progressBlock(charts: ProgressChart[], variant: DocumentVariant): Paragraph[] {
  if (charts.length === 0) return [];
  return [
    heading(variant.isEasyRead ? 'How I see my progress' : 'How you see your progress', 1),
    ...charts.flatMap((chart) => {
      const size = imageTypeAndSize(Buffer.from(chart.png));
      if (!size || size.width === 0) return [];
      const height = Math.round((size.height * maxImageWidthPx) / size.width);
      return [
        ...(charts.length > 1 ? [heading(chart.frameworkName, 2)] : []),
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: chart.png,
              transformation: { width: maxImageWidthPx, height },
              altText: { name: `Progress chart: ${chart.frameworkName}`, title: `Progress chart: ${chart.frameworkName}`, description: chart.sentence },
            }),
          ],
        }),
        new Paragraph({ text: chart.sentence }),
        new Paragraph({ text: 'A ring is the first rating and a filled dot the latest, from 1 (just starting) to 4 (confident).' }),
      ];
    }),
  ];
}

function imagesBlock(images: PlanDocument['images']): Paragraph[] {
  const pictures = images.flatMap((image) => {
    const size = imageTypeAndSize(image.bytes);
    if (!size || size.width === 0 || size.height === 0) return [];
    const scale = Math.min(1, maxImageWidthPx / size.width);
    const description = image.fileName.replace(/\.[a-z0-9]+$/i, '');
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: size.type,
            data: image.bytes,
            transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
            altText: { name: description, title: description, description: `Picture from the session: ${description}` },
          }),
        ],
      }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: description, italics: true })] }),
    ];
  });
  return pictures.length > 0 ? [heading('Pictures from our session', 1), ...pictures] : [];
}

function footerParagraphs(plan: PlanDocument, variant: DocumentVariant): Paragraph[] {
  const review = plan.reviewOn ? `We will look at this plan again on ${formatUkDate(plan.reviewOn)}.` : 'We will agree when to look at this plan again.';
  const shared = variant.isSharedCopy ? (hasPartsLeftOut(plan.content) ? ' This is a shared copy: some parts were left out at your request.' : ' This is a shared copy.') : '';
  return [new Paragraph({ children: [new TextRun({ text: `${review} ${plan.confidentialityLine}${shared}`, size: 18 })] })];
}
