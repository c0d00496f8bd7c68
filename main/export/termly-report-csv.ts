// The termly report's CSV files: its figures (no names), and the Benchmark 8
// evidence, one row per interview, for the school to re-key into its careers
// system. Quoting is csv-stringify's; a cell that a spreadsheet would run as a
// formula gets a leading apostrophe.
import { formatAmount } from '../../shared/agreement-delivery';
import { describeYearGroup } from '../../shared/caseload';
import type { TermlyReport } from '../../shared/contract/reports';
import { toUkDate } from '../../shared/dates';
import { spreadsheetCsv } from './spreadsheet-csv';

export type EvidenceRow = {
  upn: string;
  forename: string;
  surname: string;
  yearGroup: number | null;
  heldOn: string;
  isFirst: boolean;
  minutes: number;
};

export function termlyReportFiguresCsv(report: TermlyReport): Buffer {
  const rows: (string | number)[][] = [['Section', 'Row', 'Measure', 'Value']];
  const add = (section: string, row: string, measure: string, value: string | number) =>
    rows.push([section, row, measure, value]);
  add('Report', report.organisationName, 'From', toUkDate(report.from));
  add('Report', report.organisationName, 'To', toUkDate(report.to));
  add('Report', report.organisationName, 'Pupils on roll', report.onRoll);
  const { delivery } = report;
  if (delivery) {
    const amount = (value: number | null) => (value === null ? 'Not recorded' : formatAmount(value, delivery.unit));
    add(
      'Time against the agreement',
      `${toUkDate(delivery.yearFrom)} to ${toUkDate(delivery.yearTo)}`,
      'Bought',
      amount(delivery.bought),
    );
    add('Time against the agreement', 'This period', 'Used', amount(delivery.usedInPeriod));
    add('Time against the agreement', 'This year to the end of the period', 'Used', amount(delivery.usedToDate));
    add('Time against the agreement', 'Sessions still to come', 'Booked', amount(delivery.booked));
    add('Time against the agreement', 'This year', 'Left', amount(delivery.left));
  }
  const { totals } = report;
  add('Totals', 'All pupils', 'Guidance interviews', totals.interviews);
  add('Totals', 'All pupils', 'First interviews', totals.first);
  add('Totals', 'All pupils', 'Follow-up interviews', totals.followUp);
  add('Totals', 'All pupils', 'Pupils seen', totals.pupilsSeen);
  add('Totals', 'All pupils', 'Did not attend', totals.didNotAttend);
  add('Totals', 'All pupils', 'Referrals made', totals.referrals);
  for (const row of report.byYearGroup) {
    add('By year group', row.label, 'On roll', row.onRoll);
    add('By year group', row.label, 'First interviews', row.first);
    add('By year group', row.label, 'Follow-up interviews', row.followUp);
    add('By year group', row.label, 'Did not attend', row.didNotAttend);
    add('By year group', row.label, 'Referrals made', row.referrals);
  }
  for (const row of report.benchmark8) {
    const label = describeYearGroup(row.yearGroup);
    add('Benchmark 8', label, 'Interviews needed', row.interviewsNeeded);
    add('Benchmark 8', label, 'Pupils', row.pupils);
    add('Benchmark 8', label, 'Met', row.met);
    add('Benchmark 8', label, 'Not yet', row.notYetSeen.length);
  }
  for (const row of report.priorityGroups) {
    add('Priority groups', row.label, 'On roll', row.onRoll);
    add('Priority groups', row.label, 'Seen this period', row.seen);
  }
  for (const row of report.destinations) {
    add('Intended destinations', row.label, 'Year 11', row.year11);
    add('Intended destinations', row.label, 'Year 13', row.year13);
    add('Intended destinations', row.label, 'Other years', row.otherYears);
    add('Intended destinations', row.label, 'All', row.all);
  }
  add(
    'Progress in career learning',
    'Pupils seen this period',
    'Rated themselves more than once',
    report.progress.pupilsCompared,
  );
  add(
    'Progress in career learning',
    'Pupils seen this period',
    'Rated at least one competency higher than at first',
    report.progress.pupilsHigher,
  );
  return spreadsheetCsv(rows);
}

export function benchmark8EvidenceCsv(
  rows: EvidenceRow[],
  adviser: { name: string; isQualifiedLevel6: boolean | null },
): Buffer {
  const qualified = adviser.isQualifiedLevel6 === null ? 'Not recorded' : adviser.isQualifiedLevel6 ? 'Yes' : 'No';
  return spreadsheetCsv([
    [
      'UPN',
      'Forename',
      'Surname',
      'Year group',
      'Date',
      'Adviser',
      'Adviser qualified to level 6 or above',
      'First or follow-up',
      'Minutes',
    ],
    ...rows.map((row) => [
      row.upn,
      row.forename,
      row.surname,
      describeYearGroup(row.yearGroup),
      toUkDate(row.heldOn),
      adviser.name,
      qualified,
      row.isFirst ? 'First' : 'Follow-up',
      row.minutes,
    ]),
  ]);
}
