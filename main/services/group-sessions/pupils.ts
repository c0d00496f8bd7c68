// The pupils to choose from when recording a group session: one
// organisation's caseload, narrowed by year group, tutor group and name.
import type { GroupSessionPupil } from '../../../shared/contract/group-sessions';
import type { OpenVault } from '../../vault';

/** Enough for the largest year group; the adviser narrows by tutor group or name beyond that. */
const pupilLimit = 500;

type Filter = {
  organisationId: string;
  yearGroup?: number | null | undefined;
  tutorGroup?: string | undefined;
  text?: string | undefined;
};

export function pupilsToChoose(
  { sqlite }: OpenVault,
  { organisationId, yearGroup, tutorGroup, text }: Filter,
): { pupils: GroupSessionPupil[]; total: number; yearGroups: (number | null)[]; tutorGroups: string[] } {
  const conditions = ['c.organisation_id = @organisationId'];
  const parameters: Record<string, string | number> = { organisationId };
  if (yearGroup !== undefined) {
    conditions.push(yearGroup === null ? 'c.year_group IS NULL' : 'c.year_group = @yearGroup');
    if (yearGroup !== null) parameters.yearGroup = yearGroup;
  }
  if (tutorGroup) {
    conditions.push('c.tutor_group = @tutorGroup');
    parameters.tutorGroup = tutorGroup;
  }
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  words.forEach((word, index) => {
    // Each word must start one of the names; LIKE's own wildcards in the word are taken literally.
    conditions.push(
      `(c.forename LIKE @w${index} ESCAPE '\\' OR c.preferred_name LIKE @w${index} ESCAPE '\\' OR c.surname LIKE @w${index} ESCAPE '\\')`,
    );
    parameters[`w${index}`] = `${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  });
  const where = conditions.join(' AND ');
  const { total } = sqlite.prepare(`SELECT count(*) AS total FROM clients c WHERE ${where}`).get(parameters) as {
    total: number;
  };
  const pupils = sqlite
    .prepare(
      `SELECT c.id AS clientId, CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS name,
              c.year_group AS yearGroup, c.tutor_group AS tutorGroup
         FROM clients c WHERE ${where}
        ORDER BY c.year_group IS NULL, c.year_group, c.tutor_group COLLATE NOCASE, c.surname COLLATE NOCASE, c.forename COLLATE NOCASE, c.id
        LIMIT ${pupilLimit}`,
    )
    .all(parameters) as GroupSessionPupil[];
  const yearGroups = (
    sqlite
      .prepare(
        'SELECT DISTINCT year_group AS yearGroup FROM clients WHERE organisation_id = ? ORDER BY year_group IS NULL, year_group',
      )
      .all(organisationId) as { yearGroup: number | null }[]
  ).map((row) => row.yearGroup);
  const tutorGroups = (
    sqlite
      .prepare(
        `SELECT DISTINCT tutor_group AS tutorGroup FROM clients WHERE organisation_id = @organisationId AND tutor_group <> ''${yearGroup === undefined ? '' : yearGroup === null ? ' AND year_group IS NULL' : ' AND year_group = @yearGroup'} ORDER BY tutor_group COLLATE NOCASE`,
      )
      .all(yearGroup === undefined || yearGroup === null ? { organisationId } : { organisationId, yearGroup }) as {
      tutorGroup: string;
    }[]
  ).map((row) => row.tutorGroup);
  return { pupils, total, yearGroups, tutorGroups };
}
