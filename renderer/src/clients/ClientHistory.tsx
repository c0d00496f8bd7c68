// What has happened with a client, newest first, and how their provision level
// and organisation have changed over time.
import { provisionLevelLabels, provisionLevels } from '../../../shared/caseload';
import type { Client } from '../../../shared/contract/caseload';
import { formatDate } from '../format/dates';

type Props = { client: Client };

/** Main names levels by their code ("set to core"); the adviser reads the label. */
function timelineTitle(entry: Client['timeline'][number]): string {
  if (entry.kind !== 'provision') return entry.title;
  const level = provisionLevels.find((candidate) => entry.title.endsWith(` ${candidate}`));
  return level ? `Provision level set to ${provisionLevelLabels[level]}` : entry.title;
}

export function ClientHistory({ client }: Props) {
  return (
    <section className="panel" aria-labelledby="client-history-heading">
      <h2 id="client-history-heading">History</h2>
      {client.timeline.length === 0 ? (
        <p className="not-recorded">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {client.timeline.map((entry, index) => (
            <li key={`${entry.kind}-${entry.on}-${index}`}>
              <span className="timeline-date">{formatDate(entry.on)}</span>
              <span className="timeline-title">{timelineTitle(entry)}</span>
              {entry.detail ? <span className="timeline-detail">{entry.detail}</span> : null}
            </li>
          ))}
        </ol>
      )}
      <div className="history-tables">
        <table className="data-table">
          <caption>Provision level over time</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Level</th>
            </tr>
          </thead>
          <tbody>
            {[...client.provisionHistory].reverse().map((entry, index) => (
              <tr key={`${entry.changedOn}-${index}`}>
                <td>{formatDate(entry.changedOn)}</td>
                <td>{provisionLevelLabels[entry.level]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table">
          <caption>Organisations over time</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">From</th>
              <th scope="col">Until</th>
            </tr>
          </thead>
          <tbody>
            {[...client.organisationHistory].reverse().map((entry, index) => (
              <tr key={`${entry.organisationId}-${entry.fromDate}-${index}`}>
                <td>{entry.organisationName}</td>
                <td>{formatDate(entry.fromDate)}</td>
                <td>{entry.toDate ? formatDate(entry.toDate) : 'Now'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
