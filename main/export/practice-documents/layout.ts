// The house style for the practice's documents, following the action plan's:
// A4, Arial, dark-blue headings, tables with a repeating header row.
import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const a4 = { width: 11906, height: 16838, margin: 1134 };

export function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(text)],
  });
}

export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

export function paragraph(text: string): Paragraph {
  return new Paragraph({ text });
}

export function bullets(items: string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

/** Multi-line text (an address) as one paragraph per line. */
export function lines(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ text: line }));
}

export function table(headers: string[], rows: string[][]): Table {
  const cell = (text: string, isHeader = false) =>
    new TableCell({
      margins: { top: 80, bottom: 80, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text)) })),
    ],
  });
}

export async function buildDocument({
  title,
  description,
  author,
  footer,
  children,
}: {
  title: string;
  description: string;
  author: string;
  footer: string;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const document = new Document({
    creator: author || 'Waymark',
    title,
    description,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 24 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: 'Arial', size: 44, bold: true } },
        heading1: {
          run: { font: 'Arial', size: 32, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: 'Arial', size: 26, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 120, after: 120 } },
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
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: footer, size: 18 })] })] }),
        },
        children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }), ...children],
      },
    ],
  });
  return Packer.toBuffer(document);
}
