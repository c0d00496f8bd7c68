// The organisation overview: who has been seen this academic year and ever,
// Benchmark 8 coverage, who is still waiting, and what the agreement bought
// against what the diary shows used and booked this academic year.
// "Seen" is any contact, a group session included; Benchmark 8 counts only
// guidance interviews.
import type { z } from 'zod';
import { academicYearOf, benchmark8 } from '../../../shared/caseload';
import type { overviewSchema } from '../../../shared/contract/organisations';
import type { OpenVault } from '../../vault';
import { deliveryFor } from '../agreements';
import { attendedBetweenSql } from '../group-sessions';
import { getOrganisation } from './records';
import { type ServiceContext, systemContext } from '../context';

export type Overview = z.infer<typeof overviewSchema>;

type PupilCounts = {
  clientId: string;
  yearGroup: number | null;
  tutorGroup: string;
  name: string;
  /** Guidance interviews: this year, and ever (Benchmark 8 counts these alone). */
  thisYear: number;
  ever: number;
  /** 1 when they attended a group session this year, or ever. */
  isInGroupThisYear: number;
  isInGroupEver: number;
};

const isSeenThisYear = (pupil: PupilCounts) => pupil.thisYear > 0 || pupil.isInGroupThisYear === 1;

/** The academic year, within the agreement's own dates. */
function deliveryPeriod(
  year: { startsOn: string; endsOn: string },
  agreement: { startsOn: string | null; endsOn: string | null } | null,
) {
  const from = agreement?.startsOn && agreement.startsOn > year.startsOn ? agreement.startsOn : year.startsOn;
  const to = agreement?.endsOn && agreement.endsOn < year.endsOn ? agreement.endsOn : year.endsOn;
  return { from, to };
}

export function organisationOverview(
  vault: OpenVault,
  organisationId: string,
  on: string,
  context: ServiceContext = systemContext,
): Overview {
  const organisation = getOrganisation(vault, organisationId);
  const year = academicYearOf(on);
  const pupils = vault.sqlite
    .prepare(
      `SELECT c.id AS clientId, c.year_group AS yearGroup, c.tutor_group AS tutorGroup,
              CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS name,
              count(i.id) FILTER (WHERE i.held_on BETWEEN @startsOn AND @endsOn) AS thisYear,
              count(i.id) AS ever,
              ${attendedBetweenSql} AS isInGroupThisYear,
              EXISTS (SELECT 1 FROM group_session_attendees ga WHERE ga.client_id = c.id) AS isInGroupEver
         FROM clients c LEFT JOIN interviews i ON i.client_id = c.id
        WHERE c.organisation_id = @organisationId
        GROUP BY c.id
        ORDER BY c.year_group, c.surname, c.forename`,
    )
    .all({ organisationId, startsOn: year.startsOn, endsOn: year.endsOn }) as PupilCounts[];

  const byYear = new Map<number | null, { pupils: number; seenThisYear: number; seenEver: number }>();
  for (const pupil of pupils) {
    const group = byYear.get(pupil.yearGroup) ?? { pupils: 0, seenThisYear: 0, seenEver: 0 };
    group.pupils += 1;
    if (isSeenThisYear(pupil)) group.seenThisYear += 1;
    if (pupil.ever > 0 || pupil.isInGroupEver) group.seenEver += 1;
    byYear.set(pupil.yearGroup, group);
  }

  const { from, to } = deliveryPeriod(year, organisation.agreement);
  // Time spent on group sessions is time delivered to the organisation too.
  const minutes = vault.sqlite
    .prepare(
      `SELECT (SELECT coalesce(sum(duration_minutes), 0) FROM interviews WHERE organisation_id = @organisationId AND held_on BETWEEN @startsOn AND @endsOn)
            + (SELECT coalesce(sum(minutes), 0) FROM group_sessions WHERE organisation_id = @organisationId AND held_on BETWEEN @startsOn AND @endsOn) AS total`,
    )
    .get({ organisationId, startsOn: year.startsOn, endsOn: year.endsOn }) as { total: number };

  return {
    organisationId,
    academicYear: year.label,
    yearGroups: [...byYear.entries()].map(([yearGroup, counts]) => ({ yearGroup, ...counts })),
    benchmark8: benchmark8.map(({ yearGroup, interviewsNeeded }) => {
      const cohort = pupils.filter((pupil) => pupil.yearGroup === yearGroup);
      const waiting = cohort
        .filter((pupil) => pupil.ever < interviewsNeeded)
        .map(({ clientId, name, tutorGroup }) => ({ id: clientId, name, tutorGroup }));
      return { yearGroup, interviewsNeeded, pupils: cohort.length, met: cohort.length - waiting.length, waiting };
    }),
    notSeen: pupils
      .filter((pupil) => !isSeenThisYear(pupil))
      .slice(0, 1_000)
      .map(({ clientId, name, yearGroup, tutorGroup }) => ({ id: clientId, name, yearGroup, tutorGroup })),
    hoursRecorded: Math.round((minutes.total / 60) * 100) / 100,
    delivery: {
      hasAgreement: organisation.agreement !== null,
      from,
      to,
      ...deliveryFor(vault, { organisationId, from, to }, context),
    },
  };
}
