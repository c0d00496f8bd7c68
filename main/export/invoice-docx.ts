// An invoice or credit note as an editable Word document on A4: who it is
// from and to, the numbers and dates, a table of lines, the totals (VAT only
// when the adviser is registered), how to pay, and the statutory late-payment
// wording. It carries no client names: lines say what was delivered.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Invoice } from '../../shared/contract/invoices';
import { formatUkDate } from '../../shared/dates';
import { invoiceUnitLabels, latePaymentWording, vatRateLabels } from '../../shared/invoices';

/** A4 in twentieths of a point, with 2 cm margins. */
const a4 = { width: 11906, height: 16838, margin: 1134 };

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const pounds = (pence: number) => money.format(pence / 100);
const quantityOf = (quantity: number) =>
  Number.isInteger(quantity) ? String(quantity) : String(Math.round(quantity * 100) / 100);

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(text)],
  });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function lines(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ text: line, spacing: { after: 0 } }));
}

const cell = (text: string, options: { isBold?: boolean; isRight?: boolean } = {}) =>
  new TableCell({
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
    children: [
      new Paragraph({
        alignment: options.isRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.isBold ?? false })],
      }),
    ],
  });

function linesTable(invoice: Invoice, isVatShown: boolean): Table {
  const headers = ['Date', 'Description', 'Quantity', 'Unit', 'Rate', ...(isVatShown ? ['VAT'] : []), 'Amount'];
  const numeric = new Set(['Quantity', 'Rate', 'Amount']);
  // Fixed widths (twentieths of a point, across the page inside its margins), so the description gets the room and never breaks mid-word.
  const pageWidth = a4.width - 2 * a4.margin;
  const narrow: Record<string, number> = { Date: 1450, Quantity: 1150, Unit: 950, Rate: 1050, VAT: 1050, Amount: 1150 };
  const fixed = headers
    .filter((header) => header !== 'Description')
    .reduce((total, header) => total + (narrow[header] ?? 0), 0);
  return new Table({
    width: { size: pageWidth, type: WidthType.DXA },
    columnWidths: headers.map((header) => (header === 'Description' ? pageWidth - fixed : (narrow[header] ?? 0))),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((header) => cell(header, { isBold: true, isRight: numeric.has(header) })),
      }),
      ...invoice.lines.map(
        (line) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(line.suppliedOn ? formatUkDate(line.suppliedOn) : ''),
              cell(line.description),
              cell(quantityOf(line.quantity), { isRight: true }),
              cell(line.quantity === 1 ? invoiceUnitLabels[line.unit].one : invoiceUnitLabels[line.unit].many),
              cell(pounds(line.ratePence), { isRight: true }),
              ...(isVatShown ? [cell(vatRateLabels[line.vat])] : []),
              cell(pounds(line.amountPence), { isRight: true }),
            ],
          }),
      ),
    ],
  });
}

function totalsTable(invoice: Invoice, isVatShown: boolean): Table {
  const rows: [string, string][] = isVatShown
    ? [
        ['Net', pounds(invoice.netPence)],
        ['VAT', pounds(invoice.vatPence)],
        ['Total', pounds(invoice.totalPence)],
      ]
    : [['Total', pounds(invoice.totalPence)]];
  return new Table({
    width: { size: 50, type: WidthType.PERCENTAGE },
    alignment: AlignmentType.RIGHT,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [cell(label, { isBold: true }), cell(value, { isBold: label === 'Total', isRight: true })],
        }),
    ),
  });
}

export async function buildInvoiceDocx(invoice: Invoice): Promise<Buffer> {
  const isCreditNote = invoice.kind === 'credit-note';
  const title = isCreditNote ? `Credit note ${invoice.number}` : `Invoice ${invoice.number}`;
  const { issuer } = invoice;
  const isVatShown = issuer.vatNumber !== '';
  // "Jo Adviser, trading as Clear Paths"; with only one of the two, that one alone.
  const from = issuer.adviserName
    ? [
        issuer.adviserName,
        issuer.tradingName && issuer.tradingName !== issuer.adviserName ? `trading as ${issuer.tradingName}` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : issuer.tradingName;
  const hasBank = issuer.accountNumber !== '' || issuer.sortCode !== '';
  const document = new Document({
    creator: issuer.tradingName || issuer.adviserName || 'Waymark',
    title,
    description: `${title} to ${invoice.billingName || invoice.organisationName}`,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: 'Arial', size: 44, bold: true } },
        heading1: {
          run: { font: 'Arial', size: 30, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: 'Arial', size: 24, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 120, after: 80 } },
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
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text:
                      [from || issuer.tradingName, issuer.vatNumber ? `VAT number ${issuer.vatNumber}` : '']
                        .filter(Boolean)
                        .join(' · ') + ` · ${title}`,
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          ...(isCreditNote && invoice.creditsInvoiceNumber
            ? [
                new Paragraph({
                  text: `This credit note cancels invoice ${invoice.creditsInvoiceNumber}${invoice.creditsInvoiceRenumberedFrom ? ` (first sent as ${invoice.creditsInvoiceRenumberedFrom})` : ''} in full.`,
                }),
              ]
            : []),
          ...(invoice.renumberedFrom
            ? [
                new Paragraph({
                  text: `This ${isCreditNote ? 'credit note' : 'invoice'} replaces the copy numbered ${invoice.renumberedFrom}, a number given in error to another ${isCreditNote ? 'document' : 'invoice'} as well. Nothing else on it has changed.`,
                }),
              ]
            : []),
          heading('From', 1),
          ...(from ? [new Paragraph({ text: from, spacing: { after: 0 } })] : []),
          ...lines(issuer.address),
          ...(isVatShown ? [labelled('VAT number', issuer.vatNumber)] : []),
          heading('To', 1),
          ...lines([invoice.billingName || invoice.organisationName, invoice.billingAddress].join('\n')),
          heading('Details', 1),
          labelled(isCreditNote ? 'Credit note number' : 'Invoice number', invoice.number),
          labelled(isCreditNote ? 'Date of credit note' : 'Invoice date', formatUkDate(invoice.invoiceDate)),
          ...(invoice.supplyFrom && invoice.supplyTo
            ? [labelled('Supplied', `${formatUkDate(invoice.supplyFrom)} to ${formatUkDate(invoice.supplyTo)}`)]
            : []),
          ...(isCreditNote ? [] : [labelled('Payment due by', formatUkDate(invoice.dueOn))]),
          ...(invoice.purchaseOrder ? [labelled('Your purchase order', invoice.purchaseOrder)] : []),
          heading(isCreditNote ? 'What is credited' : 'What is invoiced', 1),
          linesTable(invoice, isVatShown),
          new Paragraph({ text: '' }),
          totalsTable(invoice, isVatShown),
          ...(invoice.notes.trim() ? [heading('Notes', 2), ...lines(invoice.notes)] : []),
          ...(isCreditNote
            ? []
            : [
                heading('How to pay', 1),
                ...(hasBank
                  ? [
                      labelled('Account name', issuer.bankAccountName || issuer.tradingName || issuer.adviserName),
                      labelled('Sort code', issuer.sortCode),
                      labelled('Account number', issuer.accountNumber),
                    ]
                  : [new Paragraph({ text: 'Please ask for bank details.' })]),
                labelled('Reference', invoice.number),
                ...(isVatShown
                  ? []
                  : [new Paragraph({ text: 'No VAT is charged: the supplier is not registered for VAT.' })]),
                heading('Late payment', 2),
                new Paragraph({ text: latePaymentWording }),
              ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
