// Reading MIS class lists: header synonyms, encodings, line endings, quoting,
// dates and every reason a row can be refused, with spreadsheet row numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMissingColumns, matchHeader, parseRoll } from '../../main/services/roll-import';

const today = new Date('2026-11-23T12:00:00Z');
const fixture = (name: string) => readFileSync(`tests/fixtures/rolls/${name}`, 'utf8');

describe('roll headers', () => {
  it.each([
    ['UPN', 'upn'],
    ['Surname', 'surname'],
    ['Legal Surname', 'surname'],
    ['last name', 'surname'],
    ['Forename', 'forename'],
    ['LEGAL FORENAME', 'forename'],
    ['First Name', 'forename'],
    ['Preferred Forename', 'preferredName'],
    ['Known as', 'preferredName'],
    ['DOB', 'dateOfBirth'],
    ['Date of Birth', 'dateOfBirth'],
    ['Year', 'yearGroup'],
    ['NC Year', 'yearGroup'],
    ['Year Group', 'yearGroup'],
    ['Reg', 'tutorGroup'],
    ['Reg Group', 'tutorGroup'],
    ['Tutor Group', 'tutorGroup'],
    ['Form', 'tutorGroup'],
    ['SEN', 'sendStatus'],
    ['SEN Status', 'sendStatus'],
    ['SEND', 'sendStatus'],
    ['Pupil Premium', 'hasPupilPremium'],
    ['PP', 'hasPupilPremium'],
    ['Favourite colour', null],
  ])('maps "%s" to %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });
});

describe('reading a SIMS export (BOM, CRLF, quoted commas, blank row)', () => {
  const roll = parseRoll(fixture('sims-export.csv'), today);

  it('reads every non-blank row and stores names exactly as given', () => {
    expect(roll.problems).toEqual([]);
    expect(roll.rowsRead).toBe(4);
    expect(roll.rows.map((row) => `${row.forename} ${row.surname}`)).toEqual([
      "Siân O'Neill",
      'Łukasz Wiśniewski',
      "Bobby Robert'); DROP TABLE clients;--",
      'مريم حسن',
    ]);
  });

  it('keeps spreadsheet row numbers across the blank row', () => {
    expect(roll.rows.map((row) => row.row)).toEqual([2, 3, 5, 6]);
  });

  it('accepts a leap day and both date styles', () => {
    expect(roll.rows[0]?.dateOfBirth).toBe('2008-02-29');
    expect(roll.rows[3]?.dateOfBirth).toBe('2010-12-31');
  });

  it('reads SEN codes, pupil premium words and quoted commas', () => {
    expect(roll.rows.map((row) => row.sendStatus)).toEqual(['none', 'sen-support', 'ehc-plan', 'none']);
    expect(roll.rows.map((row) => row.hasPupilPremium)).toEqual([true, false, false, true]);
    expect(roll.rows[1]?.tutorGroup).toBe('10B, upper');
    expect(roll.rows[1]?.preferredName).toBe('Luke');
  });
});

describe('reading an Arbor export with problems', () => {
  const roll = parseRoll(fixture('arbor-export.csv'), today);

  it('imports the good rows', () => {
    expect(roll.rows.map((row) => row.surname)).toEqual(['Nowak', 'Okafor']);
    expect(roll.rows[0]).toMatchObject({
      yearGroup: 10,
      sendStatus: 'sen-support',
      hasPupilPremium: true,
      preferredName: 'Zosia',
    });
    expect(roll.rows[1]).toMatchObject({ yearGroup: 11, sendStatus: 'ehc-plan', dateOfBirth: '2008-11-12' });
  });

  it('reports each bad row with its spreadsheet row number and a plain reason', () => {
    expect(roll.problems).toEqual([
      { row: 4, pupil: 'Jo\nAnne Smith', reason: expect.stringMatching(/impossible date of birth "31\/02\/2009"/i) },
      { row: 5, pupil: 'Alex Brown', reason: expect.stringMatching(/in the future/) },
      {
        row: 6,
        pupil: 'Zofia Nowak',
        reason: expect.stringMatching(/UPN E123456789012 is repeated in this file \(first on row 2\)/),
      },
      { row: 7, pupil: 'Jones', reason: 'Missing forename.' },
      { row: 8, pupil: expect.any(String), reason: expect.stringMatching(/Year group "Year 15"/) },
    ]);
  });
});

describe('files that are not a usable roll', () => {
  it('refuses binary data', () => {
    expect(() => parseRoll('PK\u0003\u0004\u0000\u0000binary\ufffd\ufffd', today)).toThrow(/not a CSV text file/);
  });

  it('explains a semicolon-separated file', () => {
    expect(() => parseRoll('Surname;Forename;DOB\nSmith;Jo;01/01/2010\n', today)).toThrow(/semicolons between columns/);
  });

  it('reads no row while a required column is missing, and names the missing ones', () => {
    const roll = parseRoll('Name,Birthday\nJo Smith,01/01/2010\n', today);
    expect(roll).toMatchObject({
      missingFields: ['surname', 'forename', 'dateOfBirth'],
      rows: [],
      problems: [],
      rowsRead: 1,
    });
    expect(describeMissingColumns(roll.missingFields)).toMatch(
      /could not find the Surname, Forename, Date of Birth columns in the first row/,
    );
  });

  it('refuses an empty file and an unclosed quote', () => {
    expect(() => parseRoll('', today)).toThrow(/empty/);
    expect(() => parseRoll('Surname,Forename,DOB\n"Smith,Jo,01/01/2010\n', today)).toThrow(/quotation mark/);
  });

  it('refuses over-long values rather than truncating them', () => {
    const roll = parseRoll(`Surname,Forename,DOB\n${'A'.repeat(101)},Jo,01/01/2010\n`, today);
    expect(roll.rows).toEqual([]);
    expect(roll.problems).toEqual([
      { row: 2, pupil: `Jo ${'A'.repeat(101)}`, reason: 'Surname is longer than 100 characters.' },
    ]);
  });
});

describe('columns chosen by hand', () => {
  const roll = "Family,Given,Born,Class\nO'Neill,Siân,01/02/2010,10B\nحسن,مريم,31/12/2010,10C\n";

  it('shows each column with its first value, so the adviser can tell which is which', () => {
    expect(parseRoll(roll, today).columns).toEqual([
      { header: 'Family', field: null, isChosenByHand: false, example: "O'Neill" },
      { header: 'Given', field: null, isChosenByHand: false, example: 'Siân' },
      { header: 'Born', field: null, isChosenByHand: false, example: '01/02/2010' },
      { header: 'Class', field: null, isChosenByHand: false, example: '10B' },
    ]);
  });

  it('reads unrecognised headings as the fields chosen, and then reads the rows', () => {
    const chosen = parseRoll(roll, today, [
      { column: 0, field: 'surname' },
      { column: 1, field: 'forename' },
      { column: 2, field: 'dateOfBirth' },
      { column: 3, field: 'tutorGroup' },
    ]);
    expect(chosen.missingFields).toEqual([]);
    expect(chosen.columns.map((column) => [column.field, column.isChosenByHand])).toEqual([
      ['surname', true],
      ['forename', true],
      ['dateOfBirth', true],
      ['tutorGroup', true],
    ]);
    expect(chosen.rows).toEqual([
      expect.objectContaining({
        row: 2,
        surname: "O'Neill",
        forename: 'Siân',
        dateOfBirth: '2010-02-01',
        tutorGroup: '10B',
      }),
      expect.objectContaining({
        row: 3,
        surname: 'حسن',
        forename: 'مريم',
        dateOfBirth: '2010-12-31',
        tutorGroup: '10C',
      }),
    ]);
  });

  it('moves a field to the column chosen, and can set a recognised column aside', () => {
    const twoNames = 'Surname,Legal Surname,Forename,DOB\nSmith,Smyth,Jo,01/01/2010\n';
    // Both headings mean surname; the first is read until the adviser picks the other.
    expect(parseRoll(twoNames, today).rows[0]).toMatchObject({ surname: 'Smith' });
    const chosen = parseRoll(twoNames, today, [{ column: 1, field: 'surname' }]);
    expect(chosen.columns.map((column) => column.field)).toEqual([null, 'surname', 'forename', 'dateOfBirth']);
    expect(chosen.rows[0]).toMatchObject({ surname: 'Smyth' });
    expect(parseRoll(twoNames, today, [{ column: 3, field: null }]).missingFields).toEqual(['dateOfBirth']);
  });

  it('ignores a choice for a column the file does not have', () => {
    expect(parseRoll(roll, today, [{ column: 40, field: 'surname' }]).missingFields).toEqual([
      'surname',
      'forename',
      'dateOfBirth',
    ]);
  });
});

describe('reading the priority groups and postcode a roll may carry', () => {
  const csv = [
    'UPN,Surname,Forename,DOB,Year,Looked After,Young Carer,EAL,Postcode',
    'A123456789012,Nowak,Zofia,04/05/2010,11,Y,N,Yes,ls6 2ab',
    'B123456789012,"O\'Neill",Siân,12/01/2010,11,N,Y,N,',
    'C123456789012,Okafor,Chidi,15/03/2010,11,maybe,N,N,LS7 1AA',
  ].join('\n');
  const roll = parseRoll(csv, today);

  it('reads looked-after, young-carer and EAL columns as yes or no, and keeps postcodes in capitals', () => {
    expect(
      roll.rows.map((row) => [
        row.surname,
        row.isLookedAfter,
        row.isYoungCarer,
        row.hasEnglishAsAdditionalLanguage,
        row.postcode,
      ]),
    ).toEqual([
      ['Nowak', true, false, true, 'LS6 2AB'],
      ["O'Neill", false, true, false, ''],
    ]);
  });

  it('refuses a row whose flag is neither yes nor no, naming the column', () => {
    expect(roll.problems).toEqual([
      { row: 4, pupil: 'Chidi Okafor', reason: 'Looked after "maybe" should be Y or N.' },
    ]);
  });

  it('leaves the flags out of rows from a roll without those columns, so an import never clears them', () => {
    const plain = parseRoll('Surname,Forename,DOB\nNowak,Zofia,04/05/2010', today);
    expect(plain.rows[0]).not.toHaveProperty('isLookedAfter');
    expect(plain.rows[0]?.postcode).toBeUndefined();
  });
});
