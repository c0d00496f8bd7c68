// What has happened with a client, newest first, and how their provision level
// and organisation have changed over time, and the log of corrections to their details.
import { provisionLevelLabels, provisionLevels } from '../../../shared/caseload';
import type { Client } from '../../../shared/contract/clients';
import { DataTable } from '../components/DataTable';
import { formatDate, todayInLondon } from '../format/dates';
import { clientFieldLabel } from './client-field-labels';

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
        <DataTable className="data-table" caption="Provision level over time" columns={['From', 'Level']}>
          {[...client.provisionHistory].reverse().map((entry, index) => (
            <tr key={`${entry.changedOn}-${index}`}>
              <td>{formatDate(entry.changedOn)}</td>
              <td>{provisionLevelLabels[entry.level]}</td>
            </tr>
          ))}
        </DataTable>
        <DataTable className="data-table" caption="Organisations over time" columns={['Organisation', 'From', 'Until']}>
          {[...client.organisationHistory].reverse().map((entry, index) => (
            <tr key={`${entry.organisationId}-${entry.fromDate}-${index}`}>
              <td>{entry.organisationName}</td>
              <td>{formatDate(entry.fromDate)}</td>
              <td>{entry.toDate ? formatDate(entry.toDate) : 'Now'}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      <h3 id="client-corrections-heading">Corrections</h3>
      {client.corrections.length === 0 ? (
        <p className="not-recorded">No corrections logged.</p>
      ) : (
        <DataTable
          columns={['When', 'Field corrected', 'Why']}
          aria-labelledby="client-corrections-heading"
          aria-describedby="client-corrections-note"
        >
          {[...client.corrections].reverse().map((entry, index) => (
            <tr key={`${entry.changedAt}-${entry.field}-${index}`}>
              <td>{formatDate(todayInLondon(new Date(entry.changedAt)))}</td>
              <td>{clientFieldLabel(entry.field)}</td>
              <td>{entry.reason || <span className="not-recorded">No reason given</span>}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p id="client-corrections-note" className="field-hint">
        Corrections are made in place; the log keeps which field changed, when and why, not the old value.
      </p>
    </section>
  );
}
