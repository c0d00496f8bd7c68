// The figures of a termly report for one school and period: time against the
// agreement, interviews by year group (a pupil's first interview ever, or a
// follow-up), Benchmark 8 with the pupils not yet seen, priority groups seen
// against on roll, non-attendance, referrals, intended destinations and how
// many pupils rate themselves higher than they first did.
// Counts in tables about groups are suppressed here, at the source, so a
// count from 1 to 4 never reaches the screen or a file.
import { academicYearOf, benchmark8, describeYearGroup } from '../../../shared/caseload';
import type { ReportPeriodInput, TermlyReport } from '../../../shared/contract/reports';
import { formatUkDate } from '../../../shared/dates';
import {
  destinationGroupLabels,
  destinationGroupOf,
  destinationGroupOfCode,
  destinationGroups,
  priorityGroupKeys,
  listWithOr,
  priorityGroupLabels,
  priorityGroupPhrases,
  suppressed,
  type DestinationGroup,
  type PriorityGroupKey,
} from '../../../shared/termly-report';
import { changeOf } from '../../../shared/progress/summary';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { agreementTerms, deliveryFor } from '../agreements';
import { readComments } from './comments';
import { type ServiceContext, systemContext } from '../context';

type PupilRow = {
  id: string;
  yearGroup: number | null;
  tutorGroup: string;
  name: string;
  interviewsToDate: number;
  interviewsInPeriod: number;
} & Record<PriorityGroupKey, number>;

type InterviewRow = {
  clientId: string;
  yearGroup: number | null;
  isFirst: number;
  minutes: number;
  hasReferral: number;
};

// What each priority group is in the clients table. Groups a vault's schema
// does not record (yet) are reported as not recorded, not as nobody.
const priorityGroupColumns: Record<PriorityGroupKey, { column: string; condition: string }> = {
  send: { column: 'send_status', condition: `c.send_status IN ('sen-support', 'ehc-plan')` },
  'ehc-plan': { column: 'send_status', condition: `c.send_status = 'ehc-plan'` },
  'pupil-premium': { column: 'has_pupil_premium', condition: 'c.has_pupil_premium = 1' },
  'looked-after': { column: 'is_looked_after', condition: 'c.is_looked_after = 1' },
  'young-carer': { column: 'is_young_carer', condition: 'c.is_young_carer = 1' },
  eal: { column: 'has_english_as_additional_language', condition: 'c.has_english_as_additional_language = 1' },
  'neet-risk': { column: 'is_at_risk_of_neet', condition: 'c.is_at_risk_of_neet = 1' },
};

export function checkPeriod({ from, to }: { from: string; to: string }): void {
  if (to < from) {
    throw new AppError(
      'VALIDATION',
      `The period ends on ${formatUkDate(to)}, before it starts on ${formatUkDate(from)}. Choose an end date on or after the start.`,
    );
  }
}

export function organisationName({ sqlite }: OpenVault, organisationId: string): string {
  const row = sqlite.prepare('SELECT name FROM organisations WHERE id = ?').get(organisationId) as
    { name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That organisation is not in the vault.');
  return row.name;
}

function recordedColumns({ sqlite }: OpenVault): Set<string> {
  return new Set(
    (sqlite.prepare('PRAGMA table_info(clients)').all() as { name: string }[]).map((column) => column.name),
  );
}

/** The school's pupils with their interviews to the period's end and within it, and their priority groups. */
export function pupilsOnRoll(
  vault: OpenVault,
  { organisationId, from, to }: ReportPeriodInput,
): { pupils: PupilRow[]; recorded: Set<PriorityGroupKey> } {
  const columns = recordedColumns(vault);
  const recorded = new Set(priorityGroupKeys.filter((key) => columns.has(priorityGroupColumns[key].column)));
  const flags = priorityGroupKeys
    .map((key) => `${recorded.has(key) ? `(${priorityGroupColumns[key].condition})` : '0'} AS "${key}"`)
    .join(', ');
  // A pupil marked as left in an academic year is on roll to its end (31 August), not after.
  const isOnRoll = columns.has('left_in_year')
    ? `AND (c.left_in_year IS NULL OR printf('%04d-08-31', c.left_in_year + 1) >= @from)`
    : '';
  const pupils = vault.sqlite
    .prepare(
      `SELECT c.id, c.year_group AS yearGroup, c.tutor_group AS tutorGroup,
              CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS name,
              coalesce(i.toDate, 0) AS interviewsToDate, coalesce(i.inPeriod, 0) AS interviewsInPeriod, ${flags}
         FROM clients c
         LEFT JOIN (SELECT client_id, count(*) AS toDate, count(*) FILTER (WHERE held_on >= @from) AS inPeriod
                      FROM interviews WHERE held_on <= @to AND client_id IN (SELECT id FROM clients WHERE organisation_id = @organisationId)
                     GROUP BY client_id) i ON i.client_id = c.id
        WHERE c.organisation_id = @organisationId ${isOnRoll}
        ORDER BY c.year_group, c.surname COLLATE NOCASE, c.forename COLLATE NOCASE, c.id`,
    )
    .all({ organisationId, from, to }) as PupilRow[];
  return { pupils, recorded };
}

/**
 * The period's interviews with the school's pupils. A first interview is the
 * pupil's first ever (earliest day, then the one recorded first), whichever
 * school or period it fell in; any later one is a follow-up.
 */
export function interviewsInPeriod(
  { sqlite }: OpenVault,
  { organisationId, from, to }: ReportPeriodInput,
): (InterviewRow & { id: string; heldOn: string })[] {
  return sqlite
    .prepare(
      `SELECT i.id, i.client_id AS clientId, c.year_group AS yearGroup, i.held_on AS heldOn, i.duration_minutes AS minutes,
              (trim(i.referral_made) <> '') AS hasReferral,
              NOT EXISTS (SELECT 1 FROM interviews e WHERE e.client_id = i.client_id
                            AND (e.held_on < i.held_on OR (e.held_on = i.held_on AND (e.created_at < i.created_at OR (e.created_at = i.created_at AND e.id < i.id))))) AS isFirst
         FROM interviews i JOIN clients c ON c.id = i.client_id
        WHERE c.organisation_id = @organisationId AND i.held_on BETWEEN @from AND @to
        ORDER BY i.held_on, i.starts_at, c.surname COLLATE NOCASE, i.id`,
    )
    .all({ organisationId, from, to }) as (InterviewRow & { id: string; heldOn: string })[];
}

function didNotAttendByYearGroup(
  { sqlite }: OpenVault,
  { organisationId, from, to }: ReportPeriodInput,
): Map<number | null, number> {
  const rows = sqlite
    .prepare(
      `SELECT c.year_group AS yearGroup, count(*) AS total
         FROM appointments a JOIN diary_sessions s ON s.id = a.session_id JOIN clients c ON c.id = a.client_id
        WHERE s.organisation_id = @organisationId AND s.held_on BETWEEN @from AND @to AND a.status = 'did-not-attend'
        GROUP BY c.year_group`,
    )
    .all({ organisationId, from, to }) as { yearGroup: number | null; total: number }[];
  return new Map(rows.map((row) => [row.yearGroup, row.total]));
}

/**
 * Of the pupils seen this period, those who had rated themselves on some
 * competency more than once by its end, and of them those whose latest rating
 * of at least one is higher than their first: the progress summary the client
 * page shows (shared/progress), counted for the school.
 */
function selfRatingProgress(
  { sqlite }: OpenVault,
  { organisationId, to }: ReportPeriodInput,
  seen: Set<string>,
): TermlyReport['progress'] {
  // Only the school's pupils' ratings: reading the whole practice's (every school) for rows that were
  // then skipped doubled the report's memory at 20,000 clients (36 MB against 17) and its CPU time by half.
  const ratings = sqlite
    .prepare(
      `SELECT client_id AS clientId, framework, competency, rating FROM competency_ratings
        WHERE rated_on <= ? AND client_id IN (SELECT id FROM clients WHERE organisation_id = ?) ORDER BY rated_on, created_at`,
    )
    .all(to, organisationId) as { clientId: string; framework: string; competency: string; rating: number }[];
  // First and latest per pupil and competency, read as the client page reads them (changeOf).
  type Rated = { clientId: string; count: number; first: { rating: number }; latest: { rating: number } };
  const firstAndLatest = new Map<string, Rated>();
  for (const row of ratings) {
    if (!seen.has(row.clientId)) continue;
    const key = `${row.clientId} ${row.framework} ${row.competency}`;
    const entry = firstAndLatest.get(key) ?? {
      clientId: row.clientId,
      count: 0,
      first: { rating: row.rating },
      latest: { rating: row.rating },
    };
    firstAndLatest.set(key, { ...entry, latest: { rating: row.rating }, count: entry.count + 1 });
  }
  const compared = new Set<string>();
  const higher = new Set<string>();
  for (const entry of firstAndLatest.values()) {
    const change = changeOf(entry);
    if (change === 'once') continue;
    compared.add(entry.clientId);
    if (change === 'higher') higher.add(entry.clientId);
  }
  return { pupilsCompared: suppressed(compared.size), pupilsHigher: suppressed(higher.size) };
}

/**
 * The group of each pupil's intended destination as it stood at the period's
 * end: the latest NCCIS-coded one recorded (the destinations room), else the
 * latest written at an interview. Only pupils seen in the period are asked.
 */
function latestDestinationGroups(
  { sqlite }: OpenVault,
  { organisationId, from, to }: ReportPeriodInput,
): Map<string, DestinationGroup> {
  const seenInPeriod = `SELECT p.client_id FROM interviews p JOIN clients c ON c.id = p.client_id WHERE c.organisation_id = @organisationId AND p.held_on BETWEEN @from AND @to`;
  const groups = new Map<string, DestinationGroup>();
  const written = sqlite
    .prepare(
      `SELECT i.client_id AS clientId, i.intended_destination AS destination FROM interviews i
        WHERE i.held_on <= @to AND trim(i.intended_destination) <> '' AND i.client_id IN (${seenInPeriod})
        ORDER BY i.held_on, i.created_at, i.id`,
    )
    .all({ organisationId, from, to }) as { clientId: string; destination: string }[];
  for (const row of written) groups.set(row.clientId, destinationGroupOf(row.destination));
  const coded = sqlite
    .prepare(
      `SELECT d.client_id AS clientId, d.code, d.code_list_version AS version FROM intended_destinations d
        WHERE d.recorded_on <= @to AND d.client_id IN (${seenInPeriod})
        ORDER BY d.recorded_on, d.rowid`,
    )
    .all({ organisationId, from, to }) as { clientId: string; code: string; version: string }[];
  for (const row of coded) groups.set(row.clientId, destinationGroupOfCode(row.code, row.version));
  return groups;
}

function deliverySummary(
  vault: OpenVault,
  period: ReportPeriodInput,
  context: ServiceContext,
): TermlyReport['delivery'] {
  const terms = agreementTerms(vault, period.organisationId);
  if (!terms) return null;
  const dates = vault.sqlite
    .prepare('SELECT starts_on AS startsOn, ends_on AS endsOn FROM agreements WHERE organisation_id = ?')
    .get(period.organisationId) as { startsOn: string | null; endsOn: string | null };
  // What is bought is bought for a year: the academic year holding the period, within the agreement's dates.
  const year = academicYearOf(period.from);
  const yearFrom = dates.startsOn && dates.startsOn > year.startsOn ? dates.startsOn : year.startsOn;
  const yearTo = dates.endsOn && dates.endsOn < year.endsOn ? dates.endsOn : year.endsOn;
  const inPeriod = deliveryFor(vault, period, context);
  const toDate = deliveryFor(
    vault,
    { organisationId: period.organisationId, from: yearFrom, to: period.to < yearTo ? period.to : yearTo },
    context,
  );
  const wholeYear = deliveryFor(vault, { organisationId: period.organisationId, from: yearFrom, to: yearTo }, context);
  const bought = terms.boughtQuantity;
  return {
    unit: inPeriod.unit,
    bought,
    yearFrom,
    yearTo,
    usedInPeriod: inPeriod.used,
    usedToDate: toDate.used,
    booked: wholeYear.booked,
    left: bought === null ? null : Math.round((bought - toDate.used) * 100) / 100,
  };
}

export function produceReport(
  vault: OpenVault,
  period: ReportPeriodInput,
  context: ServiceContext = systemContext,
): TermlyReport {
  checkPeriod(period);
  const name = organisationName(vault, period.organisationId);
  const { pupils, recorded } = pupilsOnRoll(vault, period);
  const interviews = interviewsInPeriod(vault, period);
  const didNotAttend = didNotAttendByYearGroup(vault, period);
  const saved = readComments(vault, period);
  const notes: string[] = [];
  if (pupils.length === 0) {
    notes.push(
      `There are no pupils on roll at ${name} in Waymark, so there are no figures about pupils. Import the school's roll (Import roll), then produce the report again.`,
    );
  }

  const yearGroups = new Map<
    number | null,
    { onRoll: number; first: number; followUp: number; didNotAttend: number; referrals: number }
  >();
  const groupOf = (yearGroup: number | null) => {
    const existing = yearGroups.get(yearGroup);
    if (existing) return existing;
    const created = { onRoll: 0, first: 0, followUp: 0, didNotAttend: 0, referrals: 0 };
    yearGroups.set(yearGroup, created);
    return created;
  };
  for (const pupil of pupils) groupOf(pupil.yearGroup).onRoll += 1;
  for (const interview of interviews) {
    const group = groupOf(interview.yearGroup);
    if (interview.isFirst) group.first += 1;
    else group.followUp += 1;
    if (interview.hasReferral) group.referrals += 1;
  }
  for (const [yearGroup, total] of didNotAttend) groupOf(yearGroup).didNotAttend += total;

  const seen = pupils.filter((pupil) => pupil.interviewsInPeriod > 0);
  const byYearGroup = [...yearGroups.entries()]
    .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
    .map(([yearGroup, counts]) => ({
      yearGroup,
      label: describeYearGroup(yearGroup),
      onRoll: suppressed(counts.onRoll),
      first: suppressed(counts.first),
      followUp: suppressed(counts.followUp),
      didNotAttend: suppressed(counts.didNotAttend),
      referrals: suppressed(counts.referrals),
    }));

  const missing = priorityGroupKeys.filter((key) => !recorded.has(key));
  if (missing.length > 0) {
    notes.push(
      `Waymark does not record whether pupils are ${listWithOr(missing.map((key) => priorityGroupPhrases[key]))} yet, so ${missing.length === 1 ? 'that group is' : 'those groups are'} marked "not recorded".`,
    );
  }
  const unmarked = priorityGroupKeys.filter(
    (key) => key !== 'ehc-plan' && recorded.has(key) && pupils.length > 0 && !pupils.some((pupil) => pupil[key] === 1),
  );
  if (unmarked.length > 0) {
    notes.push(
      `No pupil at ${name} is marked in Waymark as ${listWithOr(unmarked.map((key) => priorityGroupPhrases[key]))}. If some are, mark them on their records (or in the roll) and produce the report again.`,
    );
  }
  const priorityGroups = priorityGroupKeys.map((key) => ({
    key,
    label: priorityGroupLabels[key],
    isRecorded: recorded.has(key),
    onRoll: recorded.has(key) ? suppressed(pupils.filter((pupil) => pupil[key] === 1).length) : 'not recorded',
    seen: recorded.has(key) ? suppressed(seen.filter((pupil) => pupil[key] === 1).length) : 'not recorded',
  }));

  const destinationsByPupil = latestDestinationGroups(vault, period);
  const destinationCounts = new Map<DestinationGroup, { year11: number; year13: number; otherYears: number }>();
  for (const pupil of seen) {
    const group = destinationsByPupil.get(pupil.id) ?? 'not-recorded';
    const counts = destinationCounts.get(group) ?? { year11: 0, year13: 0, otherYears: 0 };
    if (pupil.yearGroup === 11) counts.year11 += 1;
    else if (pupil.yearGroup === 13) counts.year13 += 1;
    else counts.otherYears += 1;
    destinationCounts.set(group, counts);
  }
  const destinations = destinationGroups.flatMap((group) => {
    const counts = destinationCounts.get(group);
    if (!counts) return [];
    return [
      {
        group,
        label: destinationGroupLabels[group],
        year11: suppressed(counts.year11),
        year13: suppressed(counts.year13),
        otherYears: suppressed(counts.otherYears),
        all: suppressed(counts.year11 + counts.year13 + counts.otherYears),
      },
    ];
  });

  return {
    organisationId: period.organisationId,
    organisationName: name,
    from: period.from,
    to: period.to,
    onRoll: pupils.length,
    delivery: deliverySummary(vault, period, context),
    totals: {
      interviews: interviews.length,
      first: interviews.filter((interview) => interview.isFirst).length,
      followUp: interviews.filter((interview) => !interview.isFirst).length,
      pupilsSeen: seen.length,
      didNotAttend: [...didNotAttend.values()].reduce((total, count) => total + count, 0),
      referrals: interviews.filter((interview) => interview.hasReferral).length,
      minutes: interviews.reduce((total, interview) => total + interview.minutes, 0),
    },
    byYearGroup,
    // Benchmark 8 is shown in full: the school receives the names of those not
    // yet seen beside it, so hiding a small count would hide nothing, and the
    // careers leader needs the exact coverage for their evidence.
    benchmark8: benchmark8.map(({ yearGroup, interviewsNeeded }) => {
      const cohort = pupils.filter((pupil) => pupil.yearGroup === yearGroup);
      const notYetSeen = cohort
        .filter((pupil) => pupil.interviewsToDate < interviewsNeeded)
        .map(({ id, name: pupilName, tutorGroup, interviewsToDate }) => ({
          id,
          name: pupilName,
          tutorGroup,
          interviews: interviewsToDate,
        }));
      return { yearGroup, interviewsNeeded, pupils: cohort.length, met: cohort.length - notYetSeen.length, notYetSeen };
    }),
    priorityGroups,
    destinations,
    progress: selfRatingProgress(vault, period, new Set(seen.map((pupil) => pupil.id))),
    comments: saved.comments,
    recommendations: saved.recommendations,
    notes,
  };
}
