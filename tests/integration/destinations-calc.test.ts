// The local authority's return as the adviser's spreadsheet reads it: the CSV
// written by `waymark destinations` opened in LibreOffice Calc (a UK locale,
// as an adviser in England has), converted to a workbook and read back cell by
// cell. The headers are the columns' own (no stray byte-order mark), dates are
// real dates in day-first order, codes and UPNs keep their digits, names in any
// script survive, and a name that looks like a formula stays text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReturnMapping } from '../../shared/destinations/return-columns';
import { recordActivity, recordIntendedDestination } from '../../main/services/destinations';
import type { OpenVault, Vault } from '../../main/vault';
import { runWaymark } from '../support/cli';
import { aConsent } from '../support/factories';
import { makeTempDirectory, makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const roll = [
  'UPN,Surname,Forename,DOB,Year,Postcode',
  "A0100,O'Neill,Siân,04/05/2011,11,LS6 2AB",
  'A0200,حسن,مريم,31/12/2010,11,',
  'A0300,=SUM(1+1),Robert,03/03/2011,11,',
].join('\n');

let vault: Vault;
let open: OpenVault;
let folder: string;

beforeAll(async () => {
  const made = await makeVaultWithRoll(roll, now);
  ({ vault, open } = made);
  for (const surname of ["O'Neill", 'حسن', '=SUM(1+1)'])
    aConsent(open, made.clientIdOf(surname), ['includeInDestinationReturns'], {}, now);
  recordIntendedDestination(
    open,
    {
      clientId: made.clientIdOf("O'Neill"),
      recordedOn: '2026-10-01',
      code: '230',
      provider: 'Leeds City College',
      course: 'Art',
      level: '3',
      source: 'client',
      interviewId: null,
    },
    contextAt(now),
  );
  recordActivity(
    open,
    {
      clientId: made.clientIdOf('حسن'),
      code: '310',
      provider: 'Yorkshire Water',
      startsOn: '2026-09-04',
      verifiedOn: '2026-09-20',
      verifiedHow: 'Phoned home',
    },
    contextAt(now),
  );
  vault.lock();
  folder = makeTempDirectory('waymark-calc-');
}, 60_000);
afterAll(() => {
  removeDirectory(vault.files.directory);
  removeDirectory(folder);
});

/** Every cell of the first sheet by reference ("D2"), as Calc stored it: a number or a string. */
async function cellsOf(workbook: Buffer): Promise<Map<string, number | string>> {
  const zip = await JSZip.loadAsync(workbook);
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const shared = [
    ...((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
  const cells = new Map<string, number | string>();
  for (const [, reference, attributes, inner] of sheet.matchAll(
    /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
  )) {
    const value = /<v>([^<]*)<\/v>/.exec(inner ?? '')?.[1];
    if (value === undefined) continue;
    cells.set(reference ?? '', /t="s"/.test(attributes ?? '') ? (shared[Number(value)] ?? '') : Number(value));
  }
  return cells;
}

/** Calc's serial day number for a date (day 0 is 30 December 1899). */
const serialOf = (isoDate: string) =>
  (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse('1899-12-30T00:00:00Z')) / 86_400_000;

describe('the destination return in LibreOffice Calc', () => {
  it('opens with the standard columns, real UK dates and every name intact', async () => {
    const file = join(folder, 'return.csv');
    const result = await runWaymark([
      '--vault',
      vault.files.directory,
      'destinations',
      '--school',
      'Northfield Academy',
      '--cohort',
      '2026',
      '--out',
      file,
      '--json',
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ included: 3, excluded: [] });
    // 2057 is en-GB: how Calc reads the file on an adviser's computer in the UK.
    execFileSync(
      'soffice',
      ['--headless', '--infilter=CSV:44,34,76,1,,2057', '--convert-to', 'xlsx', '--outdir', folder, file],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const cells = await cellsOf(readFileSync(join(folder, 'return.xlsx')));

    const headers = defaultReturnMapping.columns.map((_, index) => cells.get(`${String.fromCharCode(65 + index)}1`));
    expect(headers).toEqual(defaultReturnMapping.columns.map((column) => column.header));
    const column = (header: string) =>
      String.fromCharCode(65 + defaultReturnMapping.columns.findIndex((entry) => entry.header === header));
    const rowOf = (surname: string) =>
      [2, 3, 4].find((row) => cells.get(`${column('Surname')}${row}`) === surname) ?? 0;

    const sian = rowOf("O'Neill");
    expect(cells.get(`${column('Forename')}${sian}`)).toBe('Siân');
    // A real date Calc can sort and filter, day first: 4 May 2011, not 5 April.
    expect(cells.get(`${column('Date of birth')}${sian}`)).toBe(serialOf('2011-05-04'));
    expect(cells.get(`${column('UPN')}${sian}`)).toBe('A0100');
    expect(cells.get(`${column('Intended destination code')}${sian}`)).toBe(230);

    const maryam = rowOf('حسن');
    expect(cells.get(`${column('Forename')}${maryam}`)).toBe('مريم');
    expect(cells.get(`${column('Date of birth')}${maryam}`)).toBe(serialOf('2010-12-31'));
    expect(cells.get(`${column('Activity start date')}${maryam}`)).toBe(serialOf('2026-09-04'));

    // The formula guard holds in Calc: the name is text, never worked out as 2.
    expect(cells.get(`${column('Surname')}${rowOf("'=SUM(1+1)")}`)).toBe("'=SUM(1+1)");
  }, 180_000);
});
