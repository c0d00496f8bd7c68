// Clients kept past retention with a reason, until their review date.
import { useQuery } from '../api/use-query';
import { LoadProblem } from '../components/LoadProblem';
import { formatDate } from '../format/dates';
import { ClientLink } from './ClientLink';

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
      <table className="data-table data-table-full">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Why</th>
            <th scope="col">Decided</th>
            <th scope="col">Review again</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </section>
  );
}
