// The local authority's destination return as CSV bytes: the headings the
// adviser mapped, one row a pupil. Quoting is csv-stringify's; a byte-order
// mark lets Excel read names such as Siân; a cell a spreadsheet would run as a
// formula is kept as text.
import { stringify } from 'csv-stringify/sync';
import { guardFormula } from './termly-report-csv';

export function destinationReturnCsv(headers: string[], rows: string[][]): Buffer {
  return Buffer.from(`\ufeff${stringify([headers, ...rows].map((row) => row.map(guardFormula)), { record_delimiter: 'windows' })}`, 'utf8');
}
