// The disclosure log for this client: who received what, when, and on what basis.
import type { ChannelOutput } from '../../../shared/contract';
import type { Query } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { formatDate } from '../format/dates';

type Props = { disclosures: Query<ChannelOutput<'disclosures.list'>> };

const basisLabels: Record<string, string> = {
  consent: 'Consent',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'subject-access': 'Subject access request',
  portability: 'Data portability',
};

export function DisclosuresSection({ disclosures }: Props) {
  const entries = disclosures.value;
  return (
    <section className="panel" aria-labelledby="disclosures-heading">
      <h2 id="disclosures-heading">Disclosures</h2>
      {!entries ? (
        <LoadingOrProblem query={disclosures} what="disclosures" problemWhat="The disclosure log" />
      ) : entries.length === 0 ? (
        <p>Nothing about this client has left the vault.</p>
      ) : (
        <DataTable
          caption="Everything shared about this client, newest first"
          columns={['Date', 'Recipient', 'What', 'Basis']}
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{formatDate(entry.disclosedOn)}</th>
              <td>{entry.recipient}</td>
              <td>{entry.what}</td>
              <td>
                {basisLabels[entry.lawfulBasis] ?? entry.lawfulBasis}
                {entry.consentId ? ' (recorded consent)' : ''}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
