// The caseload list: one query for any mix of filters and sorts, a page at a
// time, so the renderer can show 20,000 clients without holding them all.
import { academicYearOf, benchmark8 } from '../../../shared/caseload';
import { todayInLondon } from '../../../shared/dates';
import type { z } from 'zod';
import type { clientsChannels, ClientRow } from '../../../shared/contract/clients';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';
import { attendedBetweenSql, lastAttendedSql } from '../group-sessions';

export type ClientSort = 'surname' | 'yearGroup' | 'lastSeen' | 'reviewDue';

const orderings: Record<ClientSort, string> = {
  surname: 'c.surname COLLATE NOCASE, c.forename COLLATE NOCASE, c.id',
  yearGroup: 'c.year_group IS NULL, c.year_group, c.surname COLLATE NOCASE, c.forename COLLATE NOCASE, c.id',
  lastSeen: "lastSeenRaw = '', lastSeenRaw DESC, c.surname COLLATE NOCASE, c.id",
  reviewDue: 'c.review_due_on IS NULL, c.review_due_on, c.surname COLLATE NOCASE, c.id',
};

type ListClients = z.infer<(typeof clientsChannels)['clients.list']['input']>;

/** A page of the caseload; the academic year and review dates are counted from `on` (today, if not given). */
export function listClients(
  vault: OpenVault,
  { filter, sort, offset, limit, on: givenOn }: ListClients,
  context: ServiceContext = systemContext,
): { total: number; rows: ClientRow[] } {
  const on = givenOn ?? todayInLondon(context.now());
  const year = academicYearOf(on);
  const conditions: string[] = [];
  const parameters: Record<string, string | number> = { startsOn: year.startsOn, endsOn: year.endsOn, on };
  if (!filter.includeArchived) conditions.push('o.archived_at IS NULL');
  if (filter.organisationId) {
    conditions.push('c.organisation_id = @organisationId');
    parameters.organisationId = filter.organisationId;
  }
  if (filter.yearGroup !== undefined) {
    conditions.push(filter.yearGroup === null ? 'c.year_group IS NULL' : 'c.year_group = @yearGroup');
    if (filter.yearGroup !== null) parameters.yearGroup = filter.yearGroup;
  }
  if (filter.provisionLevel) {
    conditions.push('c.provision_level = @provisionLevel');
    parameters.provisionLevel = filter.provisionLevel;
  }
  if (filter.sendStatus) {
    conditions.push('c.send_status = @sendStatus');
    parameters.sendStatus = filter.sendStatus;
  }
  if (filter.seenThisYear !== undefined) {
    // Contact is an interview or a group session (group work is core provision).
    const seen = `(EXISTS (SELECT 1 FROM interviews i WHERE i.client_id = c.id AND i.held_on BETWEEN @startsOn AND @endsOn) OR ${attendedBetweenSql})`;
    conditions.push(filter.seenThisYear ? seen : `NOT ${seen}`);
  }
  if (filter.hasPupilPremium !== undefined)
    conditions.push(filter.hasPupilPremium ? 'c.has_pupil_premium = 1' : 'c.has_pupil_premium = 0');
  if (filter.isBenchmark8Met !== undefined) {
    // Benchmark 8 counts guidance interviews ever; it asks nothing of other year groups.
    const needed = `CASE c.year_group ${benchmark8.map(({ yearGroup, interviewsNeeded }) => `WHEN ${yearGroup} THEN ${interviewsNeeded}`).join(' ')} END`;
    const held = '(SELECT count(*) FROM interviews i WHERE i.client_id = c.id)';
    conditions.push(`${needed} IS NOT NULL AND ${held} ${filter.isBenchmark8Met ? '>=' : '<'} ${needed}`);
  }
  if (filter.isReviewDue !== undefined) {
    conditions.push(
      filter.isReviewDue
        ? 'c.review_due_on IS NOT NULL AND c.review_due_on <= @on'
        : '(c.review_due_on IS NULL OR c.review_due_on > @on)',
    );
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const from = 'FROM clients c JOIN organisations o ON o.id = c.organisation_id';

  const { total } = vault.sqlite.prepare(`SELECT count(*) AS total ${from} ${where}`).get(parameters) as {
    total: number;
  };
  const rows = vault.sqlite
    .prepare(
      `SELECT c.id, c.surname, c.forename, c.preferred_name AS preferredName, c.date_of_birth AS dateOfBirth,
              c.organisation_id AS organisationId, o.name AS organisationName, c.year_group AS yearGroup,
              c.tutor_group AS tutorGroup, c.upn, c.send_status AS sendStatus, c.provision_level AS provisionLevel,
              max(coalesce((SELECT max(i.held_on) FROM interviews i WHERE i.client_id = c.id), ''), coalesce(${lastAttendedSql}, '')) AS lastSeenRaw,
              c.review_due_on AS reviewDueOn
         ${from} ${where}
        ORDER BY ${orderings[sort]}
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...parameters, limit, offset }) as (Omit<ClientRow, 'lastSeenOn'> & { lastSeenRaw: string })[];
  return { total, rows: rows.map(({ lastSeenRaw, ...row }) => ({ ...row, lastSeenOn: lastSeenRaw || null })) };
}
