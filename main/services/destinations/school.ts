// One school's destinations: every pupil with their latest intended
// destination, offer and activity, and where they stand, so the careers leader
// sees the gaps (who has not been asked, who is NEET or not known), narrowed by
// year group and priority group. One query a table, whatever the roll's size.
import { academicYearOf } from '../../../shared/caseload';
import type { DestinationState, PriorityGroup, SchoolDestinationPupil } from '../../../shared/contract/destinations';
import { destinationStates } from '../../../shared/contract/destinations';
import { activityCode, describeActivity } from '../../../shared/destinations/nccis-codes';
import type { OpenVault } from '../../vault';

type PupilRow = {
  clientId: string;
  name: string;
  forename: string;
  surname: string;
  dateOfBirth: string | null;
  upn: string;
  postcode: string;
  yearGroup: number | null;
  tutorGroup: string;
  leftInYear: number | null;
  sendStatus: string;
  hasPupilPremium: number;
  isLookedAfter: number;
  isYoungCarer: number;
  hasEnglishAsAdditionalLanguage: number;
  isAtRiskOfNeet: number;
  hasWrittenDestination: number;
};

export type SchoolPupil = SchoolDestinationPupil &
  Pick<PupilRow, 'forename' | 'surname' | 'dateOfBirth' | 'upn' | 'postcode' | 'sendStatus'> & {
    activityVerifiedOn: string | null;
  };

const groupTests: Record<PriorityGroup, (row: PupilRow) => boolean> = {
  send: (row) => row.sendStatus !== 'none',
  'pupil-premium': (row) => row.hasPupilPremium === 1,
  'looked-after': (row) => row.isLookedAfter === 1,
  'young-carer': (row) => row.isYoungCarer === 1,
  eal: (row) => row.hasEnglishAsAdditionalLanguage === 1,
  'neet-risk': (row) => row.isAtRiskOfNeet === 1,
};

/** The latest of each history per client: the newest by date, then the last recorded. */
function latestBy<T extends { clientId: string }>(
  vault: OpenVault,
  sql: string,
  organisationId: string,
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of vault.sqlite.prepare(sql).all({ organisationId }) as T[])
    if (!latest.has(row.clientId)) latest.set(row.clientId, row);
  return latest;
}

function stateOf(
  pupil: Pick<SchoolDestinationPupil, 'intended' | 'offer' | 'activity'>,
  hasWrittenDestination: boolean,
): DestinationState {
  const group = pupil.activity ? activityCode(pupil.activity.code)?.group : undefined;
  if (group === 'neet') return 'neet';
  if (group === 'not-known') return 'not-known';
  if (pupil.activity) return 'in-activity';
  if (pupil.offer?.status === 'offer-made') return 'offer';
  if (pupil.intended || hasWrittenDestination) return 'intended';
  return 'not-asked';
}

/** Every pupil of the organisation with their latest destination entries; the return and the screen both read this. */
export function schoolPupils(vault: OpenVault, organisationId: string): SchoolPupil[] {
  const rows = vault.sqlite
    .prepare(
      `SELECT c.id AS clientId, CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS name,
              c.forename, c.surname, c.date_of_birth AS dateOfBirth, c.upn, c.postcode, c.year_group AS yearGroup, c.tutor_group AS tutorGroup,
              c.left_in_year AS leftInYear, c.send_status AS sendStatus, c.has_pupil_premium AS hasPupilPremium, c.is_looked_after AS isLookedAfter,
              c.is_young_carer AS isYoungCarer, c.has_english_as_additional_language AS hasEnglishAsAdditionalLanguage, c.is_at_risk_of_neet AS isAtRiskOfNeet,
              EXISTS (SELECT 1 FROM interviews i WHERE i.client_id = c.id AND i.intended_destination <> '') AS hasWrittenDestination
         FROM clients c
        WHERE c.organisation_id = @organisationId
        ORDER BY c.year_group, c.surname COLLATE NOCASE, c.forename COLLATE NOCASE`,
    )
    .all({ organisationId }) as PupilRow[];
  const ofSchool = 'JOIN clients c ON c.id = x.client_id WHERE c.organisation_id = @organisationId';
  const intended = latestBy<{
    clientId: string;
    code: string;
    codeListVersion: string;
    provider: string;
    recordedOn: string;
  }>(
    vault,
    `SELECT x.client_id AS clientId, x.code, x.code_list_version AS codeListVersion, x.provider, x.recorded_on AS recordedOn FROM intended_destinations x ${ofSchool} ORDER BY x.recorded_on DESC, x.rowid DESC`,
    organisationId,
  );
  const offers = latestBy<{
    clientId: string;
    status: NonNullable<SchoolDestinationPupil['offer']>['status'];
    provider: string;
    recordedOn: string;
  }>(
    vault,
    `SELECT x.client_id AS clientId, x.status, x.provider, x.recorded_on AS recordedOn FROM guarantee_offers x ${ofSchool} ORDER BY x.recorded_on DESC, x.rowid DESC`,
    organisationId,
  );
  const activities = latestBy<{
    clientId: string;
    code: string;
    codeListVersion: string;
    provider: string;
    startsOn: string | null;
    verifiedOn: string | null;
  }>(
    vault,
    `SELECT x.client_id AS clientId, x.code, x.code_list_version AS codeListVersion, x.provider, x.starts_on AS startsOn, x.verified_on AS verifiedOn
       FROM activities x ${ofSchool} ORDER BY coalesce(x.starts_on, x.created_at) DESC, x.rowid DESC`,
    organisationId,
  );
  return rows.map((row) => {
    const latestIntended = intended.get(row.clientId);
    const latestOffer = offers.get(row.clientId);
    const latestActivity = activities.get(row.clientId);
    const entries = {
      intended: latestIntended
        ? {
            code: latestIntended.code,
            description: describeActivity(latestIntended.code, latestIntended.codeListVersion),
            provider: latestIntended.provider,
            recordedOn: latestIntended.recordedOn,
          }
        : null,
      offer: latestOffer
        ? { status: latestOffer.status, provider: latestOffer.provider, recordedOn: latestOffer.recordedOn }
        : null,
      activity: latestActivity
        ? {
            code: latestActivity.code,
            description: describeActivity(latestActivity.code, latestActivity.codeListVersion),
            provider: latestActivity.provider,
            startsOn: latestActivity.startsOn,
          }
        : null,
    };
    return {
      clientId: row.clientId,
      name: row.name,
      forename: row.forename,
      surname: row.surname,
      dateOfBirth: row.dateOfBirth,
      upn: row.upn,
      postcode: row.postcode,
      sendStatus: row.sendStatus,
      yearGroup: row.yearGroup,
      tutorGroup: row.tutorGroup,
      leftInYear: row.leftInYear,
      priorityGroups: (Object.keys(groupTests) as PriorityGroup[]).filter((group) => groupTests[group](row)),
      ...entries,
      activityVerifiedOn: latestActivity?.verifiedOn ?? null,
      state: stateOf(entries, row.hasWrittenDestination === 1),
    };
  });
}

/**
 * The academic year a pupil was (or will be) in Year 11: 2026 for a Year 11
 * pupil in 2026 to 2027, or for one who left from Year 11 in that year.
 */
export function cohortOf(pupil: { yearGroup: number | null; leftInYear: number | null }, today: string): number | null {
  if (pupil.yearGroup === null) return null;
  const reference = pupil.leftInYear ?? Number(academicYearOf(today).startsOn.slice(0, 4));
  return reference - (pupil.yearGroup - 11);
}

export function destinationsForOrganisation(
  vault: OpenVault,
  input: {
    organisationId: string;
    yearGroup: number | null;
    priorityGroup: PriorityGroup | null;
    includeLeavers: boolean;
  },
): { pupils: SchoolDestinationPupil[]; counts: Record<DestinationState, number> } {
  const pupils = schoolPupils(vault, input.organisationId)
    .filter((pupil) => input.yearGroup === null || pupil.yearGroup === input.yearGroup)
    .filter((pupil) => input.priorityGroup === null || pupil.priorityGroups.includes(input.priorityGroup))
    .filter((pupil) => input.includeLeavers || pupil.leftInYear === null)
    .map(
      ({
        forename: _forename,
        surname: _surname,
        dateOfBirth: _dateOfBirth,
        upn: _upn,
        postcode: _postcode,
        sendStatus: _sendStatus,
        activityVerifiedOn: _verifiedOn,
        ...shown
      }) => shown,
    );
  const counts = Object.fromEntries(destinationStates.map((state) => [state, 0])) as Record<DestinationState, number>;
  for (const pupil of pupils) counts[pupil.state] += 1;
  return { pupils, counts };
}
