// The audit log: what was done to the vault and when, newest first. It holds
// no personal data; an erasure shows as its tombstone, date and reason.
import type { ChannelOutput } from '../../../shared/contract';
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { formatDate } from '../format/dates';
import { auditActionLabel } from '../data-protection/labels';
import { Pager } from '../data-protection/Pager';
import { usePaging } from '../data-protection/use-paging';

type AuditEvent = ChannelOutput<'audit.list'>['events'][number];

const timeInLondon = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});
const dateInLondon = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

function formatInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : `${dateInLondon.format(date)}, ${timeInLondon.format(date)}`;
}

export function AuditLog() {
  const paging = usePaging();
  const log = useQuery('audit.list', paging.page);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <p>
        What was done to the records and when: exports, erasures and other changes that matter for accountability. It
        never holds anyone’s personal details.
      </p>
      {log.value === undefined ? <LoadingOrProblem query={log} what="the audit log" /> : null}
      {log.value?.total === 0 ? <p>Nothing has been recorded yet.</p> : null}
      {log.value && log.value.events.length > 0 ? (
        <>
          <DataTable caption="Audit log, newest first" isCaptionHidden columns={['When', 'What happened', 'Details']}>
            {log.value.events.map((event) => (
              <tr key={event.id} data-action={event.action}>
                <td>{formatInstant(event.occurredAt)}</td>
                <th scope="row">{auditActionLabel(event.action)}</th>
                <td>
                  <AuditDetail event={event} />
                </td>
              </tr>
            ))}
          </DataTable>
          <Pager label="Pages of the audit log" paging={paging} total={log.value.total} />
        </>
      ) : null}
    </section>
  );
}

function AuditDetail({ event }: { event: AuditEvent }) {
  const { detail } = event;
  if (event.action === 'client.erased') {
    return (
      <dl className="dp-detail-list">
        <dt>Tombstone</dt>
        <dd className="dp-tombstone">{String(detail.tombstone ?? '')}</dd>
        <dt>Erased on</dt>
        <dd>{typeof detail.erasedOn === 'string' ? formatDate(detail.erasedOn) : ''}</dd>
        <dt>Reason</dt>
        <dd>{String(detail.reason ?? '')}</dd>
      </dl>
    );
  }
  const entries = Object.entries(detail);
  if (entries.length === 0) return null;
  return (
    <dl className="dp-detail-list">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}</dt>
          <dd>{value === null ? '' : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
