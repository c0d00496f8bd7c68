// Reads a class-list CSV exported from SIMS, Arbor or Bromcom into checked rows.
// Nothing here touches the vault: every problem is found before anything is written.
import { parse as parseCsv } from 'csv-parse/sync';
import { format } from 'date-fns/format';
import { requiredRollFields, rollFieldLabels, type RollField, type SendStatus } from '../../../shared/caseload';
// The words are shared: the command line says the same when it cannot ask which column is which.
export { describeMissingColumns } from '../../../shared/caseload';
import type { ColumnChoice } from '../../../shared/contract/roll-import';
import { fieldLimits } from '../../../shared/contract/limits';
import { yearGroupMismatch } from '../../../shared/year-group-age';
import { AppError } from '../../errors';

export type { RollField };

/** Header names seen in MIS exports, compared after lower-casing and tidying spaces. */
const headerSynonyms: Record<RollField, string[]> = {
  upn: ['upn', 'unique pupil number', 'pupil upn'],
  surname: ['surname', 'legal surname', 'last name', 'lastname', 'family name'],
  forename: ['forename', 'legal forename', 'first name', 'firstname', 'given name'],
  preferredName: ['preferred forename', 'preferred name', 'known as', 'preferred first name', 'chosen name'],
  dateOfBirth: ['dob', 'date of birth', 'birth date', 'birthdate'],
  yearGroup: ['year', 'year group', 'nc year', 'national curriculum year', 'curriculum year', 'yeargroup'],
  tutorGroup: ['reg', 'reg group', 'registration group', 'tutor group', 'form', 'form group', 'tutor'],
  sendStatus: ['sen', 'sen status', 'send', 'send status', 'sen provision'],
  hasPupilPremium: ['pupil premium', 'pp', 'pupil premium indicator', 'pp indicator'],
  isLookedAfter: [
    'looked after',
    'in care',
    'lac',
    'cla',
    'child looked after',
    'looked after child',
    'looked after status',
  ],
  isYoungCarer: ['young carer', 'young carers', 'carer'],
  hasEnglishAsAdditionalLanguage: ['eal', 'english as an additional language', 'eal status', 'eal indicator'],
  postcode: ['postcode', 'post code', 'postal code', 'home postcode'],
};

export type RollRow = {
  row: number;
  upn: string;
  surname: string;
  forename: string;
  preferredName?: string | undefined;
  dateOfBirth: string;
  yearGroup?: number | null | undefined;
  tutorGroup?: string | undefined;
  sendStatus?: SendStatus | undefined;
  hasPupilPremium?: boolean | undefined;
  isLookedAfter?: boolean | undefined;
  isYoungCarer?: boolean | undefined;
  hasEnglishAsAdditionalLanguage?: boolean | undefined;
  postcode?: string | undefined;
};

export type RollProblem = { row: number; pupil: string; reason: string };
export type RollColumn = { header: string; field: RollField | null; isChosenByHand: boolean; example: string };
export type ParsedRoll = {
  columns: RollColumn[];
  missingFields: RollField[];
  rows: RollRow[];
  problems: RollProblem[];
  flagged: RollProblem[];
  rowsRead: number;
};

function tidyHeader(header: string): string {
  return header.replace(/[._]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function matchHeader(header: string): RollField | null {
  const tidy = tidyHeader(header);
  const match = (Object.entries(headerSynonyms) as [RollField, string[]][]).find(([, names]) => names.includes(tidy));
  return match ? match[0] : null;
}

function assertLooksLikeText(csv: string): void {
  const sample = csv.slice(0, 64 * 1024);
  // Control characters and U+FFFD (bytes that were not UTF-8) mark a binary or wrongly encoded file.
  // eslint-disable-next-line no-control-regex
  const unreadable = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (sample.includes('\u0000') || unreadable > sample.length / 100) {
    throw new AppError(
      'VALIDATION',
      'This file is not a CSV text file. In your MIS, export the class list as CSV and choose that file.',
    );
  }
}

function readRecords(csv: string): string[][] {
  try {
    return parseCsv(csv, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError(
      'VALIDATION',
      `This file could not be read as CSV${line ? ` (around line ${line})` : ''}: a quotation mark may not be closed. Export it again from your MIS.`,
    );
  }
}

/**
 * Reads the roll. A heading Waymark does not recognise can be read as a field
 * the adviser chooses (`columnChoices`, by position). While a required field
 * has no column, no row is read: the roll comes back with `missingFields` so
 * the adviser can say which column holds it.
 */
export function parseRoll(csv: string, today: Date, columnChoices: readonly ColumnChoice[] = []): ParsedRoll {
  assertLooksLikeText(csv);
  const records = readRecords(csv.replace(/^\ufeff/, ''));
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord || headerRecord.every((cell) => cell.trim() === '')) {
    throw new AppError('VALIDATION', 'This file is empty. Export the class list from your MIS again.');
  }
  const nonEmptyRecords = dataRecords.filter((record) => record.some((cell) => cell.trim() !== ''));
  const columns = readColumns(headerRecord, nonEmptyRecords, columnChoices);
  const present = new Set(columns.map((column) => column.field).filter((field): field is RollField => field !== null));
  const missingFields = requiredRollFields.filter((field) => !present.has(field));
  if (missingFields.length > 0) {
    assertCommaSeparated(headerRecord);
    return { columns, missingFields, rows: [], problems: [], flagged: [], rowsRead: nonEmptyRecords.length };
  }
  const indexOf = (field: RollField) => columns.findIndex((column) => column.field === field);

  const rows: RollRow[] = [];
  const problems: RollProblem[] = [];
  const flagged: RollProblem[] = [];
  const on = format(today, 'yyyy-MM-dd');
  const upnRows = new Map<string, number>();
  let rowsRead = 0;
  dataRecords.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    rowsRead += 1;
    const cell = (field: RollField) => (present.has(field) ? (record[indexOf(field)] ?? '').trim() : '');
    const pupil = [cell('preferredName') || cell('forename'), cell('surname')].filter(Boolean).join(' ');
    const reason = checkRow(cell, present, today);
    if (typeof reason === 'string') {
      problems.push({ row, pupil, reason });
      return;
    }
    if (reason.upn) {
      const firstRow = upnRows.get(reason.upn.toUpperCase());
      if (firstRow) {
        problems.push({ row, pupil, reason: `UPN ${reason.upn} is repeated in this file (first on row ${firstRow}).` });
        return;
      }
      upnRows.set(reason.upn.toUpperCase(), row);
    }
    // Flagged, not refused: the school's year group may be right (a pupil kept back or moved up).
    const mismatch = yearGroupMismatch(reason.dateOfBirth, reason.yearGroup ?? null, on);
    if (mismatch) flagged.push({ row, pupil, reason: mismatch });
    rows.push({ ...reason, row });
  });
  return { columns, missingFields, rows, problems, flagged, rowsRead };
}

/** Each column as its heading reads, then as the adviser chose: a field chosen by hand is taken from any column that had it. */
function readColumns(
  headerRecord: string[],
  dataRecords: string[][],
  columnChoices: readonly ColumnChoice[],
): RollColumn[] {
  const columns = headerRecord.map((header, index) => ({
    header: header.trim(),
    field: matchHeader(header),
    isChosenByHand: false,
    example: (dataRecords.find((record) => (record[index] ?? '').trim() !== '')?.[index] ?? '').trim().slice(0, 60),
  }));
  for (const choice of columnChoices) {
    const column = columns[choice.column];
    if (!column) continue;
    if (choice.field !== null) {
      for (const other of columns) if (other.field === choice.field) other.field = null;
    }
    column.field = choice.field;
    column.isChosenByHand = true;
  }
  return columns;
}

/** A file split by semicolons or tabs reads as one column: no choice of columns can fix that, so say how to export it. */
function assertCommaSeparated(headerRecord: string[]): void {
  const joined = headerRecord.join(',');
  if (headerRecord.length === 1 && /[;\t|]/.test(joined)) {
    const separator = joined.includes(';') ? 'semicolons' : joined.includes('\t') ? 'tabs' : 'vertical bars';
    throw new AppError(
      'VALIDATION',
      `This file uses ${separator} between columns. Export it from your MIS as comma-separated values (CSV) and try again.`,
    );
  }
}

function checkRow(
  cell: (field: RollField) => string,
  present: Set<RollField>,
  today: Date,
): Omit<RollRow, 'row'> | string {
  const surname = cell('surname');
  const forename = cell('forename');
  if (!surname) return 'Missing surname.';
  if (!forename) return 'Missing forename.';
  for (const [field, label, limit] of [
    ['surname', 'Surname', fieldLimits.name],
    ['forename', 'Forename', fieldLimits.name],
    ['preferredName', 'Preferred name', fieldLimits.name],
    ['upn', 'UPN', fieldLimits.upn],
    ['tutorGroup', 'Tutor group', fieldLimits.shortText],
  ] as const) {
    if (cell(field).length > limit) return `${label} is longer than ${limit} characters.`;
  }
  const dateOfBirth = readDate(cell('dateOfBirth'));
  if (dateOfBirth === 'missing') return 'Missing date of birth.';
  if (dateOfBirth === 'invalid')
    return `Impossible date of birth "${cell('dateOfBirth')}": use dd/mm/yyyy or yyyy-mm-dd.`;
  if (dateOfBirth > today) return `Date of birth ${cell('dateOfBirth')} is in the future.`;
  const yearGroup = readYearGroup(cell('yearGroup'));
  if (yearGroup === 'invalid')
    return `Year group "${cell('yearGroup')}" is not one Waymark recognises (use R, 1 to 14, or Year 11).`;
  const sendStatus = readSendStatus(cell('sendStatus'));
  if (sendStatus === 'invalid') return `SEN status "${cell('sendStatus')}" is not recognised (use N, K or E).`;
  const hasPupilPremium = readYesNo(cell('hasPupilPremium'));
  if (hasPupilPremium === 'invalid') return `Pupil premium "${cell('hasPupilPremium')}" should be Y or N.`;
  const flags: Partial<Record<'isLookedAfter' | 'isYoungCarer' | 'hasEnglishAsAdditionalLanguage', boolean>> = {};
  for (const field of ['isLookedAfter', 'isYoungCarer', 'hasEnglishAsAdditionalLanguage'] as const) {
    if (!present.has(field)) continue;
    const flag = readYesNo(cell(field));
    if (flag === 'invalid') return `${rollFieldLabels[field]} "${cell(field)}" should be Y or N.`;
    flags[field] = flag;
  }
  if (cell('postcode').length > fieldLimits.postcode)
    return `Postcode "${cell('postcode').slice(0, 20)}" is longer than a postcode can be.`;
  return {
    upn: cell('upn'),
    surname,
    forename,
    preferredName: present.has('preferredName') ? cell('preferredName') : undefined,
    dateOfBirth: isoDay(dateOfBirth),
    yearGroup: present.has('yearGroup') ? yearGroup : undefined,
    tutorGroup: present.has('tutorGroup') ? cell('tutorGroup') : undefined,
    sendStatus: present.has('sendStatus') ? sendStatus : undefined,
    hasPupilPremium: present.has('hasPupilPremium') ? hasPupilPremium : undefined,
    ...flags,
    postcode: present.has('postcode') ? cell('postcode').toUpperCase() : undefined,
  };
}

// Day, month and year as the MIS writes them: dd/mm/yyyy (one-digit day and month allowed) or yyyy-mm-dd.
// A hand-written reader: date-fns' parse with three patterns was a fifth of a 2,000-row import.
const ukDate = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/;
const isoDate = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/;

/** A calendar date (local midnight, as date-fns gave it); nothing rolls over, so 31/02 is simply invalid. */
function readDate(value: string): Date | 'missing' | 'invalid' {
  if (!value) return 'missing';
  const uk = ukDate.exec(value);
  const iso = uk ? null : isoDate.exec(value);
  const [year, month, day] = uk ? [uk[3], uk[2], uk[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [];
  if (year === undefined || month === undefined || day === undefined || year < 1900) return 'invalid';
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return 'invalid';
  return date;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');
const isoDay = (date: Date) => `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;

function readYearGroup(value: string): number | null | 'invalid' {
  if (!value) return null;
  const tidy = value.trim().toLowerCase();
  if (tidy === 'r' || tidy === 'rec' || tidy === 'reception') return 0;
  const match = /^(?:year|yr|y|nc)?\s*(\d{1,2})$/.exec(tidy);
  if (!match) return 'invalid';
  const year = Number(match[1]);
  return year >= 1 && year <= 14 ? year : 'invalid';
}

function readSendStatus(value: string): SendStatus | 'invalid' {
  const tidy = value.trim().toLowerCase();
  if (['', 'n', 'no', 'none', 'no special educational need'].includes(tidy)) return 'none';
  if (['k', 'sen support', 'sen-support', 'support'].includes(tidy)) return 'sen-support';
  if (['e', 's', 'ehc', 'ehcp', 'ehc plan', 'education, health and care plan', 'statement'].includes(tidy))
    return 'ehc-plan';
  return 'invalid';
}

function readYesNo(value: string): boolean | 'invalid' {
  const tidy = value.trim().toLowerCase();
  if (['', 'n', 'no', 'false', '0'].includes(tidy)) return false;
  if (['y', 'yes', 'true', '1'].includes(tidy)) return true;
  return 'invalid';
}
