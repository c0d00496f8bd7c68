// Clients kept past retention with a reason, until their review date.
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadProblem } from '../components/LoadProblem';
import { formatDate } from '../format/dates';
import { ClientLink } from '../data-protection/ClientLink';

export function KeptClients() {
  const kept = useQuery('retention.kept', {});
  if (kept.problem && kept.value === undefined)
    return <LoadProblem what="The list of kept records" message={kept.problem} onRetry={kept.reload} />;
  if (!kept.value || kept.value.length === 0) return null;
  return (
    <section aria-labelledby="kept-heading">
      <h2 id="kept-heading">Kept for now</h2>
      <p>
        These clients are past retention, but you chose to keep their records. Each returns to the review list on its
        review date.
      </p>
      <DataTable columns={['Client', 'Why', 'Decided', 'Review again']}>
        {kept.value.map((client) => (
          <tr key={client.clientId}>
            <th scope="row">
              <ClientLink clientId={client.clientId} name={client.name} />
            </th>
            <td>{client.reason}</td>
            <td>{formatDate(client.decidedOn)}</td>
            <td>{formatDate(client.reviewOn)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
