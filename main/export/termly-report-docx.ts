// Builds the termly report a school's careers leader receives: an editable
// Word document on A4 with real headings and tables, and a footer with the
// page number. Data in, bytes out: the reports room logs the disclosure.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatAmount } from '../../shared/agreement-delivery';
import { describeYearGroup } from '../../shared/caseload';
import type { TermlyReport } from '../../shared/contract/reports';
import { formatUkDate } from '../../shared/dates';

export type TermlyReportDocument = {
  report: TermlyReport;
  adviserName: string;
  adviserContact: string;
  producedOn: string;
};

/** A4 in twentieths of a point, with 2 cm margins. */
const a4 = { width: 11906, height: 16838, margin: 1134 };

export function periodLabel(from: string, to: string): string {
  return `${formatUkDate(from)} to ${formatUkDate(to)}`;
}

export async function buildTermlyReportDocx({
  report,
  adviserName,
  adviserContact,
  producedOn,
}: TermlyReportDocument): Promise<Buffer> {
  const title = 'Careers guidance: termly report';
  const document = new Document({
    creator: adviserName || 'Waymark',
    title: `${title}: ${report.organisationName}, ${periodLabel(report.from, report.to)}`,
    description: "The careers adviser's report to the school's careers leader for a period.",
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: 'Arial', size: 40, bold: true } },
        heading1: {
          run: { font: 'Arial', size: 30, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: 'Arial', size: 25, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: a4.width, height: a4.height },
            margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin },
          },
        },
        footers: { default: new Footer({ children: footer(report) }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          labelled('School', report.organisationName),
          labelled('Period', periodLabel(report.from, report.to)),
          labelled('Adviser', [adviserName, adviserContact].filter(Boolean).join(', ') || 'Your careers adviser'),
          labelled('Produced', formatUkDate(producedOn)),
          ...report.notes.map((note) => new Paragraph({ children: [new TextRun({ text: note, bold: true })] })),
          ...summary(report),
          ...deliveryBlock(report),
          ...yearGroupBlock(report),
          ...benchmark8Block(report),
          ...priorityBlock(report),
          ...destinationsBlock(report),
          ...progressBlock(report),
          heading('Comments', 1),
          ...bodyParagraphs(report.comments, 'No comments this period.'),
          heading('Recommendations', 1),
          ...bodyParagraphs(report.recommendations, 'No recommendations this period.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(text)],
  });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function bodyParagraphs(text: string, whenEmpty: string): Paragraph[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) return [new Paragraph({ children: [new TextRun({ text: whenEmpty, italics: true })] })];
  return lines.map((line) => {
    const bullet = /^[-•*]\s+(.*)$/.exec(line);
    return bullet ? new Paragraph({ text: bullet[1], bullet: { level: 0 } }) : new Paragraph({ text: line });
  });
}

/** A table with a repeated header row; numeric columns are right-aligned. */
function table(headers: string[], rows: string[][], numericFrom = 1): Table {
  const cell = (text: string, column: number, isHeader: boolean) =>
    new TableCell({
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [
        new Paragraph({
          alignment: column >= numericFrom ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: isHeader })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((header, column) => cell(header, column, true)),
      }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column, false)) }),
      ),
    ],
  });
}

const suppressionNote = () =>
  new Paragraph({
    children: [
      new TextRun({
        text: 'Counts from 1 to 4 are shown as "<5" so that no pupil can be identified.',
        italics: true,
        size: 20,
      }),
    ],
  });

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summary(report: TermlyReport): Paragraph[] {
  const { totals } = report;
  return [
    heading('Summary', 1),
    new Paragraph({
      text: `${plural(totals.interviews, 'guidance interview')} with ${plural(totals.pupilsSeen, 'pupil')} (${totals.first} first, ${totals.followUp} follow-up), ${plural(totals.didNotAttend, 'appointment')} not attended, ${plural(totals.referrals, 'referral')} made. ${plural(report.onRoll, 'pupil')} on roll.`,
    }),
  ];
}

function deliveryBlock(report: TermlyReport): (Paragraph | Table)[] {
  const title = heading('Time against the agreement', 1);
  const delivery = report.delivery;
  if (!delivery)
    return [
      title,
      new Paragraph({
        text: 'There is no agreement recorded for this school, so there is nothing to measure time against.',
      }),
    ];
  const amount = (value: number | null) => (value === null ? 'Not recorded' : formatAmount(value, delivery.unit));
  return [
    title,
    table(
      ['Time', 'Amount'],
      [
        [`Bought for ${periodLabel(delivery.yearFrom, delivery.yearTo)}`, amount(delivery.bought)],
        ['Used in this period', amount(delivery.usedInPeriod)],
        [
          `Used this year to ${formatUkDate(report.to < delivery.yearTo ? report.to : delivery.yearTo)}`,
          amount(delivery.usedToDate),
        ],
        ['Booked in sessions still to come', amount(delivery.booked)],
        ['Left', amount(delivery.left)],
      ],
    ),
  ];
}

function yearGroupBlock(report: TermlyReport): (Paragraph | Table)[] {
  const title = heading('Interviews by year group', 1);
  if (report.byYearGroup.length === 0)
    return [title, new Paragraph({ text: 'No pupils on roll and no interviews in this period.' })];
  return [
    title,
    new Paragraph({
      text: "A first interview is the pupil's first guidance interview ever; any later one is a follow-up.",
    }),
    table(
      ['Year group', 'On roll', 'First interviews', 'Follow-up interviews', 'Did not attend', 'Referrals made'],
      report.byYearGroup.map((row) => [
        row.label,
        row.onRoll,
        row.first,
        row.followUp,
        row.didNotAttend,
        row.referrals,
      ]),
    ),
    suppressionNote(),
  ];
}

function benchmark8Block(report: TermlyReport): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    heading('Gatsby Benchmark 8: personal guidance', 1),
    new Paragraph({
      text: `Every pupil should have a guidance interview with a qualified adviser by the end of Year 11, and a further one by the end of Year 13. Counted to ${formatUkDate(report.to)}.`,
    }),
    table(
      ['Year group', 'Interviews needed', 'Pupils', 'Met', 'Not yet'],
      report.benchmark8.map((row) => [
        describeYearGroup(row.yearGroup),
        String(row.interviewsNeeded),
        String(row.pupils),
        String(row.met),
        String(row.notYetSeen.length),
      ]),
    ),
  ];
  for (const row of report.benchmark8) {
    blocks.push(
      heading(
        `${describeYearGroup(row.yearGroup)}: not yet seen${row.interviewsNeeded > 1 ? ` ${row.interviewsNeeded} times` : ''}`,
        2,
      ),
    );
    if (row.notYetSeen.length === 0) {
      blocks.push(
        new Paragraph({
          text: row.pupils === 0 ? `No ${describeYearGroup(row.yearGroup)} pupils on roll.` : 'Everyone has been seen.',
        }),
      );
      continue;
    }
    blocks.push(
      table(
        ['Name', 'Tutor group', 'Interviews so far'],
        row.notYetSeen.map((pupil) => [pupil.name, pupil.tutorGroup, String(pupil.interviews)]),
        2,
      ),
    );
  }
  return blocks;
}

function priorityBlock(report: TermlyReport): (Paragraph | Table)[] {
  return [
    heading('Priority groups', 1),
    new Paragraph({ text: 'Pupils on roll in each group, and those who had a guidance interview in this period.' }),
    table(
      ['Group', 'On roll', 'Seen this period'],
      report.priorityGroups.map((row) => [row.label, row.onRoll, row.seen]),
    ),
    suppressionNote(),
  ];
}

function destinationsBlock(report: TermlyReport): (Paragraph | Table)[] {
  const title = heading('Intended destinations', 1);
  if (report.destinations.length === 0)
    return [title, new Paragraph({ text: 'No pupils were interviewed in this period.' })];
  return [
    title,
    new Paragraph({
      text: 'For each pupil seen this period, the intended destination last recorded by its end: the coded one where there is one, otherwise what was written at their interview.',
    }),
    table(
      ['Intended destination', 'Year 11', 'Year 13', 'Other years', 'All'],
      report.destinations.map((row) => [row.label, row.year11, row.year13, row.otherYears, row.all]),
    ),
    suppressionNote(),
  ];
}

function progressBlock(report: TermlyReport): (Paragraph | Table)[] {
  return [
    heading('Progress in career learning', 1),
    new Paragraph({
      text: 'From pupils’ own ratings of their career learning competencies, at interviews and self-assessments up to the end of the period.',
    }),
    table(
      ['Pupils seen this period', 'Number'],
      [
        ['Rated themselves more than once', report.progress.pupilsCompared],
        ['Rated at least one competency higher than at first', report.progress.pupilsHigher],
      ],
    ),
    suppressionNote(),
  ];
}

function footer(report: TermlyReport): Paragraph[] {
  return [
    new Paragraph({
      children: [
        new TextRun({
          text: `Termly report for ${report.organisationName}, ${periodLabel(report.from, report.to)}. Confidential: it names pupils not yet seen. Page `,
          size: 18,
        }),
        new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
        new TextRun({ text: ' of ', size: 18 }),
        new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
      ],
    }),
  ];
}
