// Search results as the adviser sees them: who or what matched, with enough
// detail (year group, school, UPN) to tell two people of the same name apart.
import { describeYearGroup, organisationKindLabels, type OrganisationKind } from '../../../shared/caseload';
import { formatUkDate } from '../../../shared/dates';
import type { SearchResult } from '../../../shared/contract/search';
import type { OpenVault } from '../../vault';
import { findRecords } from './search-index';

export function searchCaseload(vault: OpenVault, text: string, limit: number): SearchResult[] {
  const hits = findRecords(vault.sqlite, text, limit);
  const clientStatement = vault.sqlite.prepare(
    `SELECT c.forename, c.preferred_name AS preferredName, c.surname, c.year_group AS yearGroup, c.upn, o.name AS organisationName
       FROM clients c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = ?`,
  );
  const organisationStatement = vault.sqlite.prepare(
    'SELECT name, kind, archived_at AS archivedAt FROM organisations WHERE id = ?',
  );
  const interviewStatement = vault.sqlite.prepare(
    'SELECT client_id AS clientId, held_on AS heldOn FROM interviews WHERE id = ?',
  );
  const planStatement = vault.sqlite.prepare('SELECT client_id AS clientId FROM action_plans WHERE id = ?');
  const seenClients = new Set<string>();
  const results = hits.flatMap((hit): SearchResult[] => {
    if (hit.kind === 'interview') {
      // A match in interview notes leads to the client, once, however many interviews match.
      const interview = interviewStatement.get(hit.recordId) as { clientId: string; heldOn: string } | undefined;
      if (!interview || seenClients.has(interview.clientId)) return [];
      seenClients.add(interview.clientId);
      const [client] = describeClient(interview.clientId);
      return client
        ? [{ ...client, detail: `Interview notes, ${formatUkDate(interview.heldOn)} · ${client.detail}` }]
        : [];
    }
    if (hit.kind === 'plan') {
      const plan = planStatement.get(hit.recordId) as { clientId: string } | undefined;
      if (!plan || seenClients.has(plan.clientId)) return [];
      seenClients.add(plan.clientId);
      const [client] = describeClient(plan.clientId);
      return client ? [{ ...client, detail: `Action plan · ${client.detail}` }] : [];
    }
    if (hit.kind === 'client') {
      if (seenClients.has(hit.recordId)) return [];
      seenClients.add(hit.recordId);
      return describeClient(hit.recordId);
    }
    const organisation = organisationStatement.get(hit.recordId) as
      { name: string; kind: OrganisationKind; archivedAt: string | null } | undefined;
    if (!organisation) return [];
    return [
      {
        kind: 'organisation',
        id: hit.recordId,
        title: organisation.name,
        detail: `${organisationKindLabels[organisation.kind]}${organisation.archivedAt ? ' · archived' : ''}`,
      },
    ];
  });
  // Names and notes are each found up to the limit: names first.
  return results.slice(0, limit);

  function describeClient(clientId: string): SearchResult[] {
    const client = clientStatement.get(clientId) as
      | {
          forename: string;
          preferredName: string;
          surname: string;
          yearGroup: number | null;
          upn: string;
          organisationName: string;
        }
      | undefined;
    if (!client) return [];
    const known = client.preferredName && client.preferredName !== client.forename ? ` (${client.preferredName})` : '';
    return [
      {
        kind: 'client',
        id: clientId,
        title: `${client.forename}${known} ${client.surname}`,
        detail: [describeYearGroup(client.yearGroup), client.organisationName, client.upn].filter(Boolean).join(' · '),
      },
    ];
  }
}
