// The termly report in a real encrypted vault, as the careers leader reads it:
// interviews by year group (first ever or follow-up), counts under 5 shown as
// "<5", Benchmark 8 with the pupils not yet seen, priority groups, time
// against the agreement, the DOCX and CSVs read back, names only where the
// school may see them, and every file logged as a disclosure.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDisclosures } from '../../main/services/disclosures';
import { book, saveSession, setAppointment } from '../../main/services/diary';
import { startInterview, updateDetails, getInterview } from '../../main/services/interviews';
import { exportReportFile, produceReport, saveReportComments } from '../../main/services/reports';
import { updateSettings } from '../../main/services/settings';
import type { InterviewDetails } from '../../shared/contract/interviews';
import type { OpenVault, Vault } from '../../main/vault';
import { readDocx } from '../support/docx';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T16:00:00Z');
const autumn = { from: '2026-09-01', to: '2026-12-31' };

// Year 11: eight pupils; Year 13: three; Year 10: six, none interviewed.
const roll = [
  'UPN,Surname,Forename,Preferred Forename,DOB,Year,Reg',
  "A101,O'Neill,Siân,,04/05/2011,11,11A",
  'A102,Okafor,Chidi,,02/02/2011,11,11A',
  'A103,Brown,Alfie,,05/05/2011,11,11A',
  'A104,Patel,Anya,,06/06/2011,11,11B',
  'A105,Smith,Jack,,07/07/2011,11,11B',
  'A106,"Hughes, Jr",Owen,,08/08/2011,11,11B',
  'A107,Notseen,Harriet,,09/09/2011,11,11C',
  'A108,Formula,Mallory,,10/10/2011,11,11C',
  'A131,Evans,Ffion,,01/01/2009,13,13X',
  'A132,Lloyd,Gareth,,02/02/2009,13,13X',
  'A133,Waiting,Tomos,,03/03/2009,13,13Y',
  ...Array.from({ length: 6 }, (_, index) => `B10${index},Tenth${index},Pupil,,01/01/2012,10,10A`),
].join('\n');

let vault: Vault;
let open: OpenVault;
let organisationId: string;
let idOf: (surname: string) => string;

function interview(surname: string, heldOn: string, details: Partial<InterviewDetails> = {}, createdAt = now): string {
  const started = startInterview(
    open,
    { clientId: idOf(surname), templateId: 'grow', heldOn, durationMinutes: 45 },
    contextAt(createdAt),
  );
  const current = getInterview(open, started.id);
  updateDetails(
    open,
    {
      id: started.id,
      details: {
        heldOn,
        startsAt: current.startsAt,
        durationMinutes: details.durationMinutes ?? 45,
        mode: current.mode,
        place: current.place,
        competencies: [],
        techniques: [],
        intendedDestination: '',
        referralMade: '',
        provisionLevelSet: null,
        followUpOn: null,
        scores: [],
        ...details,
      },
    },
    contextAt(createdAt),
  );
  return started.id;
}

beforeEach(async () => {
  const made = await makeVaultWithRoll(roll, now);
  ({ vault, open } = made);
  idOf = made.clientIdOf;
  organisationId = (open.sqlite.prepare('SELECT organisation_id AS id FROM clients LIMIT 1').get() as { id: string })
    .id;

  // Siân was first seen last summer: her interview this term is a follow-up.
  interview("O'Neill", '2026-06-10', { intendedDestination: 'Not sure yet' }, new Date('2026-06-10T10:00:00Z'));
  interview("O'Neill", '2026-10-05', {
    intendedDestination: 'A levels in sixth form',
    referralMade: 'Referred to the SENCO',
  });
  interview('Okafor', '2026-10-05', { intendedDestination: 'Apprenticeship in engineering' });
  interview('Brown', '2026-10-06', { intendedDestination: 'BTEC at college' });
  interview('Patel', '2026-10-06', {
    intendedDestination: 'A levels at sixth form',
    referralMade: 'Young carers service',
  });
  interview('Smith', '2026-11-02', { intendedDestination: 'BTEC at college', durationMinutes: 30 });
  interview('Hughes, Jr', '2026-11-02', { intendedDestination: 'T level in digital' });
  // Year 13: Ffion twice (last year and now), Gareth once, Tomos never.
  interview('Evans', '2025-11-01', {}, new Date('2025-11-01T10:00:00Z'));
  interview('Evans', '2026-11-03', { intendedDestination: 'University to study law' });
  interview('Lloyd', '2026-11-03', { intendedDestination: 'Apprenticeship' });
  // Outside the period: in the spring, so not in the autumn's figures.
  interview('Tenth0', '2027-01-15');

  // A surname a spreadsheet would run as a formula, as a hostile roll could carry.
  open.sqlite.prepare(`UPDATE clients SET surname = '=HYPERLINK("http://x")' WHERE upn = 'A108'`).run();
  open.sqlite
    .prepare(`UPDATE clients SET has_pupil_premium = 1 WHERE upn IN ('A101', 'A102', 'A103', 'A104', 'A105', 'A107')`)
    .run();
  open.sqlite.prepare(`UPDATE clients SET send_status = 'sen-support' WHERE upn IN ('A101', 'A107')`).run();
  open.sqlite.prepare(`UPDATE clients SET send_status = 'ehc-plan' WHERE upn = 'A102'`).run();

  // Twelve days bought; one school day of six hours held in the period, with one pupil who did not come.
  open.sqlite
    .prepare(
      `INSERT INTO agreements (organisation_id, services, bought_unit, bought_quantity, hours_per_day, does_non_attendance_count) VALUES (?, '[]', 'day', 12, 6, 1)`,
    )
    .run(organisationId);
  const { session } = saveSession(
    open,
    {
      organisationId,
      heldOn: '2026-11-02',
      startsAt: '09:00',
      endsAt: '15:00',
      kind: 'interviews',
      slotMinutes: 45,
      room: 'Library',
      notes: '',
    },
    contextAt(now),
  );
  const { session: booked } = book(
    open,
    { sessionId: session.id, clientIds: [idOf('Notseen'), idOf('Smith')] },
    contextAt(now),
  );
  const missed = booked.appointments.find((appointment) => appointment.clientId === idOf('Notseen'));
  setAppointment(open, { id: missed?.id ?? '', status: 'did-not-attend' }, contextAt(now));
});

afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const period = () => ({ organisationId, ...autumn });

describe('the figures', () => {
  it('counts interviews by year group, a first interview being the pupil’s first ever, with counts under 5 shown as "<5"', () => {
    const report = produceReport(open, period(), contextAt(now));
    expect(report.totals).toMatchObject({
      interviews: 8,
      first: 6,
      followUp: 2,
      pupilsSeen: 8,
      didNotAttend: 1,
      referrals: 2,
      minutes: 8 * 45 - 15,
    });
    expect(
      report.byYearGroup.map((row) => [
        row.label,
        row.onRoll,
        row.first,
        row.followUp,
        row.didNotAttend,
        row.referrals,
      ]),
    ).toEqual([
      ['Year 10', '6', '0', '0', '0', '0'],
      ['Year 11', '8', '5', '<5', '<5', '<5'],
      ['Year 13', '<5', '<5', '<5', '0', '0'],
    ]);
  });

  it('shows Benchmark 8 coverage counted to the end of the period, naming those not yet seen', () => {
    const report = produceReport(open, period(), contextAt(now));
    const [year11, year13] = report.benchmark8;
    expect(year11).toMatchObject({ yearGroup: 11, interviewsNeeded: 1, pupils: 8, met: 6 });
    expect(year11?.notYetSeen.map((pupil) => [pupil.name, pupil.tutorGroup, pupil.interviews])).toEqual([
      ['Mallory =HYPERLINK("http://x")', '11C', 0],
      ['Harriet Notseen', '11C', 0],
    ]);
    // Year 13 needs two: Gareth has one, Tomos none.
    expect(year13).toMatchObject({ yearGroup: 13, interviewsNeeded: 2, pupils: 3, met: 1 });
    expect(year13?.notYetSeen.map((pupil) => [pupil.name, pupil.interviews])).toEqual([
      ['Gareth Lloyd', 1],
      ['Tomos Waiting', 0],
    ]);
    // At the end of last summer, nobody in Year 11 had been seen but Siân.
    expect(
      produceReport(open, { organisationId, from: '2026-04-01', to: '2026-08-31' }, contextAt(now)).benchmark8[0]?.met,
    ).toBe(1);
  });

  it('leaves out pupils who left school before the period: they are not on roll and not waiting to be seen', () => {
    // Tomos left at the end of 2025 to 2026; Gareth is leaving at the end of this year, so is still on roll.
    open.sqlite.prepare('UPDATE clients SET left_in_year = 2025 WHERE id = ?').run(idOf('Waiting'));
    open.sqlite.prepare('UPDATE clients SET left_in_year = 2026 WHERE id = ?').run(idOf('Lloyd'));
    const report = produceReport(open, period(), contextAt(now));
    expect(report.onRoll).toBe(16);
    expect(report.benchmark8[1]?.notYetSeen.map((pupil) => pupil.name)).toEqual(['Gareth Lloyd']);
    // Last year's report still counts Tomos: he was on roll then (and Ffion had had only one interview).
    expect(
      produceReport(
        open,
        { organisationId, from: '2025-09-01', to: '2026-08-31' },
        contextAt(now),
      ).benchmark8[1]?.notYetSeen.map((pupil) => pupil.name),
    ).toEqual(['Ffion Evans', 'Gareth Lloyd', 'Tomos Waiting']);
  });

  it('reports priority groups seen against on roll, and says plainly which groups Waymark does not record', () => {
    const report = produceReport(open, period(), contextAt(now));
    const row = (key: string) => report.priorityGroups.find((group) => group.key === key);
    expect(row('pupil-premium')).toMatchObject({ isRecorded: true, onRoll: '6', seen: '5' });
    expect(row('send')).toMatchObject({ isRecorded: true, onRoll: '<5', seen: '<5' });
    expect(row('neet-risk')).toMatchObject({ isRecorded: true, onRoll: '0', seen: '0' });
    const notRecorded = report.priorityGroups.filter((group) => !group.isRecorded);
    for (const group of notRecorded) expect(group).toMatchObject({ onRoll: 'not recorded', seen: 'not recorded' });
    if (notRecorded.length > 0) expect(report.notes.join(' ')).toContain('Waymark does not record whether pupils are');
    // A 0 could mean nobody or nobody marked: the report says which groups no pupil is marked in.
    expect(report.notes).toContain(
      'No pupil at Northfield Academy is marked in Waymark as looked after, a young carer, having English as an additional language or at risk of becoming NEET. If some are, mark them on their records (or in the roll) and produce the report again.',
    );
  });

  it('groups the intended destinations pupils last gave, by Year 11, Year 13 and other years', () => {
    const report = produceReport(open, period(), contextAt(now));
    expect(report.destinations.map((row) => [row.label, row.year11, row.year13, row.all])).toEqual([
      ['Sixth form (school)', '<5', '0', '<5'],
      ['College or further education', '<5', '0', '<5'],
      ['University or higher education', '0', '<5', '<5'],
      ['Apprenticeship or training', '<5', '<5', '<5'],
    ]);
  });

  it('prefers an NCCIS-coded intended destination recorded by the end of the period to what was written at the interview', () => {
    const coded = open.sqlite.prepare(
      `INSERT INTO intended_destinations (id, client_id, recorded_on, code, code_list_version, created_at) VALUES (?, ?, ?, ?, '2025-26', ?)`,
    );
    // Chidi now means to look for work (619, NEET); Gareth's change comes after the term, so the autumn report keeps his apprenticeship.
    coded.run('d1', idOf('Okafor'), '2026-10-10', '619', now.toISOString());
    coded.run('d2', idOf('Lloyd'), '2027-01-10', '210', now.toISOString());
    const report = produceReport(open, period(), contextAt(now));
    expect(report.destinations.map((row) => [row.label, row.year11, row.year13])).toEqual([
      ['Sixth form (school)', '<5', '0'],
      ['College or further education', '<5', '0'],
      ['University or higher education', '0', '<5'],
      ['Apprenticeship or training', '0', '<5'],
      ['Not in education, employment or training', '<5', '0'],
    ]);
  });

  it('counts the pupils seen who rate themselves higher than at first, from ratings up to the period’s end', () => {
    const rate = open.sqlite.prepare(
      `INSERT INTO competency_ratings (id, client_id, framework, competency, scale, rating, rated_on, source, created_at) VALUES (?, ?, 'blueprint', ?, 'levels-1-4', ?, ?, 'self-assessment', ?)`,
    );
    let count = 0;
    const rated = (surname: string, competency: string, ...ratings: [string, number][]) => {
      for (const [ratedOn, rating] of ratings)
        rate.run(`r${(count += 1)}`, idOf(surname), competency, rating, ratedOn, now.toISOString());
    };
    // Five seen pupils rate one competency higher; Owen stays the same; Patel rated once only.
    for (const surname of ["O'Neill", 'Okafor', 'Brown', 'Smith', 'Evans'])
      rated(surname, 'securing-work', ['2026-09-10', 1], ['2026-11-01', 3]);
    rated('Hughes, Jr', 'securing-work', ['2026-09-10', 2], ['2026-11-01', 2]);
    rated('Patel', 'securing-work', ['2026-09-10', 2]);
    // Lloyd's second rating comes after the term; Harriet was never seen this period.
    rated('Lloyd', 'securing-work', ['2026-09-10', 1], ['2027-01-20', 4]);
    rated('Notseen', 'securing-work', ['2026-09-10', 1], ['2026-11-01', 4]);
    expect(produceReport(open, period(), contextAt(now)).progress).toEqual({ pupilsCompared: '6', pupilsHigher: '5' });
    // A period ending before the second ratings compares nobody.
    expect(produceReport(open, { ...period(), to: '2026-10-31' }, contextAt(now)).progress).toEqual({
      pupilsCompared: '0',
      pupilsHigher: '0',
    });
    // A count of 1 to 4 is never shown.
    open.sqlite.prepare(`DELETE FROM competency_ratings WHERE client_id IN (?, ?)`).run(idOf('Brown'), idOf('Smith'));
    expect(produceReport(open, period(), contextAt(now)).progress).toEqual({
      pupilsCompared: '<5',
      pupilsHigher: '<5',
    });
  });

  it('measures days used this period and this year against the twelve bought', () => {
    const { delivery } = produceReport(open, period(), contextAt(now));
    expect(delivery).toMatchObject({
      unit: 'day',
      bought: 12,
      usedInPeriod: 1,
      usedToDate: 1,
      left: 11,
      yearFrom: '2026-09-01',
      yearTo: '2027-08-31',
    });
  });

  it('says so plainly for a school with no pupils, and refuses a period that ends before it starts', () => {
    const empty = open.sqlite.prepare(
      `INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES ('empty-school', 'Empty Primary', 'school', ?, ?)`,
    );
    empty.run(now.toISOString(), now.toISOString());
    const report = produceReport(open, { organisationId: 'empty-school', ...autumn }, contextAt(now));
    expect(report.onRoll).toBe(0);
    expect(report.notes[0]).toBe(
      "There are no pupils on roll at Empty Primary in Waymark, so there are no figures about pupils. Import the school's roll (Import roll), then produce the report again.",
    );
    expect(() => produceReport(open, { organisationId, from: '2026-12-31', to: '2026-09-01' }, contextAt(now))).toThrow(
      'The period ends on 1 September 2026, before it starts on 31 December 2026. Choose an end date on or after the start.',
    );
  });

  it('keeps the comments and recommendations with the period', () => {
    saveReportComments(
      open,
      {
        ...period(),
        comments: 'A good term.',
        recommendations: '- Book Year 13 follow-ups\n- Tell tutors about drop-ins',
      },
      contextAt(now),
    );
    expect(produceReport(open, period(), contextAt(now))).toMatchObject({
      comments: 'A good term.',
      recommendations: '- Book Year 13 follow-ups\n- Tell tutors about drop-ins',
    });
    saveReportComments(open, { ...period(), comments: 'A better term.', recommendations: '' }, contextAt(now));
    expect(produceReport(open, period(), contextAt(now))).toMatchObject({
      comments: 'A better term.',
      recommendations: '',
    });
    expect(produceReport(open, { organisationId, from: '2027-01-01', to: '2027-03-31' }, contextAt(now)).comments).toBe(
      '',
    );
  });
});

describe('the files for the school', () => {
  it('writes a DOCX with the figures, names only in the not-yet-seen lists, a footer with page numbers, and logs the disclosure', async () => {
    saveReportComments(
      open,
      {
        ...period(),
        comments: 'Year 11 engagement was strong.',
        recommendations: '- Release Year 13 students for follow-ups',
      },
      contextAt(now),
    );
    const file = await exportReportFile(open, { ...period(), kind: 'docx' }, undefined, contextAt(now));
    expect(file.fileName).toBe('Termly report Northfield Academy 2026-09-01 to 2026-12-31.docx');
    const docx = await readDocx(file.bytes);
    const headings = docx.paragraphs
      .filter((paragraph) => paragraph.style?.startsWith('Heading'))
      .map((paragraph) => paragraph.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Summary',
        'Time against the agreement',
        'Interviews by year group',
        'Gatsby Benchmark 8: personal guidance',
        'Priority groups',
        'Intended destinations',
        'Progress in career learning',
        'Comments',
        'Recommendations',
      ]),
    );
    expect(docx.text).toContain('Period: 1 September 2026 to 31 December 2026');
    expect(docx.text).toContain(
      '8 guidance interviews with 8 pupils (6 first, 2 follow-up), 1 appointment not attended, 2 referrals made.',
    );
    expect(docx.text).toContain('Bought for 1 September 2026 to 31 August 2027\n12 days');
    expect(docx.text).toContain('Left\n11 days');
    expect(docx.text).toContain('Year 11\n8\n5\n<5\n<5\n<5');
    expect(docx.text).toContain('Harriet Notseen\n11C\n0');
    expect(docx.text).toContain('Gareth Lloyd\n13X\n1');
    expect(docx.text).toContain('Year 11 engagement was strong.');
    expect(
      docx.paragraphs.find((paragraph) => paragraph.text === 'Release Year 13 students for follow-ups'),
    ).toBeDefined();
    expect(docx.footer).toContain('Termly report for Northfield Academy');
    expect(docx.documentXml).toContain('w:w="11906"');
    expect(/PAGE/.test(await footerXml(file.bytes))).toBe(true);
    // Pupils who were seen are counted, never named.
    for (const name of ['Siân', 'Okafor', 'Alfie', 'Patel', 'Ffion', 'Hughes']) expect(docx.text).not.toContain(name);

    const log = listDisclosures(open);
    const school = log.filter((entry) => entry.clientId === null);
    expect(school).toEqual([
      expect.objectContaining({
        recipient: 'Northfield Academy (careers leader)',
        lawfulBasis: 'legal-obligation',
        disclosedOn: '2026-11-23',
      }),
    ]);
    expect(school[0]?.what).toContain('4 pupils named as not yet seen for Benchmark 8');
    const named = log.filter((entry) => entry.clientId !== null).map((entry) => entry.clientId);
    expect(named.sort()).toEqual(
      [idOf('Notseen'), idOf('=HYPERLINK("http://x")'), idOf('Lloyd'), idOf('Waiting')].sort(),
    );
  });

  it('writes the figures CSV with suppressed counts and no names', async () => {
    const file = await exportReportFile(open, { ...period(), kind: 'figures-csv' }, undefined, contextAt(now));
    const text = file.bytes.toString('utf8');
    const rows = parse(text.replace(/^\ufeff/, '')) as string[][];
    expect(rows[0]).toEqual(['Section', 'Row', 'Measure', 'Value']);
    expect(rows).toContainEqual(['By year group', 'Year 11', 'First interviews', '5']);
    expect(rows).toContainEqual(['By year group', 'Year 11', 'Follow-up interviews', '<5']);
    expect(rows).toContainEqual(['Totals', 'All pupils', 'Guidance interviews', '8']);
    expect(rows).toContainEqual(['Benchmark 8', 'Year 11', 'Met', '6']);
    expect(rows).toContainEqual([
      'Progress in career learning',
      'Pupils seen this period',
      'Rated at least one competency higher than at first',
      '0',
    ]);
    for (const name of ['Notseen', 'Lloyd', 'Siân', 'Okafor']) expect(text).not.toContain(name);
    expect(listDisclosures(open)).toEqual([
      expect.objectContaining({ clientId: null, what: expect.stringContaining('no names') }),
    ]);
  });

  it('writes the Benchmark 8 evidence, one row per interview, quoted by the library and safe from spreadsheet formulas', async () => {
    updateSettings(open.db, { adviserName: 'Morgan Reece', isQualifiedLevel6: true });
    interview('=HYPERLINK("http://x")', '2026-11-04');
    const file = await exportReportFile(open, { ...period(), kind: 'evidence-csv' }, undefined, contextAt(now));
    const rows = parse(file.bytes.toString('utf8').replace(/^\ufeff/, '')) as string[][];
    expect(rows[0]).toEqual([
      'UPN',
      'Forename',
      'Surname',
      'Year group',
      'Date',
      'Adviser',
      'Adviser qualified to level 6 or above',
      'First or follow-up',
      'Minutes',
    ]);
    expect(rows).toHaveLength(1 + 9);
    expect(rows).toContainEqual([
      'A101',
      'Siân',
      "O'Neill",
      'Year 11',
      '05/10/2026',
      'Morgan Reece',
      'Yes',
      'Follow-up',
      '45',
    ]);
    expect(rows).toContainEqual([
      'A106',
      'Owen',
      'Hughes, Jr',
      'Year 11',
      '02/11/2026',
      'Morgan Reece',
      'Yes',
      'First',
      '45',
    ]);
    expect(rows).toContainEqual([
      'A105',
      'Jack',
      'Smith',
      'Year 11',
      '02/11/2026',
      'Morgan Reece',
      'Yes',
      'First',
      '30',
    ]);
    expect(rows).toContainEqual([
      'A108',
      'Mallory',
      `'=HYPERLINK("http://x")`,
      'Year 11',
      '04/11/2026',
      'Morgan Reece',
      'Yes',
      'First',
      '45',
    ]);
    // Only this school's pupils, only this period.
    expect(rows.some((row) => row[0] === 'B100')).toBe(false);
    const named = listDisclosures(open).filter((entry) => entry.clientId !== null);
    expect(named).toHaveLength(9);
    expect(named.find((entry) => entry.clientId === idOf('Evans'))?.what).toBe(
      'Benchmark 8 evidence, 1 September 2026 to 31 December 2026: one interview (name, UPN, year group, date, minutes)',
    );
  });

  it('says "Not recorded" for the qualification until the adviser sets it', async () => {
    const file = await exportReportFile(open, { ...period(), kind: 'evidence-csv' }, undefined, contextAt(now));
    const rows = parse(file.bytes.toString('utf8').replace(/^\ufeff/, '')) as string[][];
    expect(new Set(rows.slice(1).map((row) => row[6]))).toEqual(new Set(['Not recorded']));
  });
});

async function footerXml(bytes: Buffer): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  return (await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''))).join('');
}

describe('the clock and ids the report comments are given', () => {
  it('keeps the comments under the id handed out, saved at the frozen time', () => {
    const saved = saveReportComments(
      open,
      { ...period(), comments: 'A good term.', recommendations: '' },
      fixedContext({ now: '2026-12-18T15:00:00Z', ids: ['7e000000-0000-4000-8000-000000000001'] }),
    );
    expect(saved.savedAt).toBe('2026-12-18T15:00:00.000Z');
    expect(open.sqlite.prepare('SELECT id, created_at AS createdAt FROM termly_reports').all()).toEqual([
      { id: '7e000000-0000-4000-8000-000000000001', createdAt: '2026-12-18T15:00:00.000Z' },
    ]);
  });
});
