// CSV for people to open in a spreadsheet: csv-stringify's quoting, Windows
// line ends, a byte-order mark so Excel reads names such as Siân as UTF-8, and
// any cell a spreadsheet would run as a formula kept as text.
import { stringify } from 'csv-stringify/sync';

/** Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or return) is kept as text. */
export function guardFormula(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function spreadsheetCsv(rows: (string | number)[][]): Buffer {
  return Buffer.from(
    `\ufeff${stringify(
      rows.map((row) => row.map(guardFormula)),
      { record_delimiter: 'windows' },
    )}`,
    'utf8',
  );
}
