// The clients whose records are past their retention period. Nothing is erased
// until the adviser confirms; keeping needs a reason and a date to look again.
import { Fragment, useState } from 'react';
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../format/dates';
import { ClientLink } from '../data-protection/ClientLink';
import { focusSoon } from '../data-protection/focus';
import { Pager } from '../data-protection/Pager';
import { usePaging } from '../data-protection/use-paging';
import { RetentionDecision, type Decision } from './RetentionDecision';

export function RetentionReview({ onDecided }: { onDecided: () => void }) {
  const paging = usePaging();
  const review = useQuery('retention.review', paging.page);
  const [open, setOpen] = useState<{ clientId: string; decision: Decision } | null>(null);
  const [done, setDone] = useState('');

  const toggle = (clientId: string, decision: Decision) =>
    setOpen(open?.clientId === clientId && open.decision === decision ? null : { clientId, decision });

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>
        Past retention
      </h2>
      <p>
        Clients whose records have reached the end of their retention period under your schedule. Review each one: erase
        the records, or keep them with a reason and a date to look again. Nothing is erased without your confirmation.
      </p>
      <StatusMessage id="review-done" message={done} />
      {review.value === undefined ? <LoadingOrProblem query={review} what="the retention review" /> : null}
      {review.value?.total === 0 ? <p>No records are past retention today.</p> : null}
      {review.value && review.value.clients.length > 0 ? (
        <>
          <p id="review-count">
            {review.value.total} {review.value.total === 1 ? 'client is' : 'clients are'} past retention on{' '}
            {formatDate(review.value.on)}.
          </p>
          <DataTable
            caption="Clients past retention, longest past first"
            isCaptionHidden
            columns={[
              'Client',
              'Organisation',
              'Last contact',
              'Retention ended',
              { label: 'Decision', isHidden: true },
            ]}
          >
            {review.value.clients.map((client) => (
              <Fragment key={client.clientId}>
                <tr data-client={client.clientId}>
                  <th scope="row">
                    <ClientLink clientId={client.clientId} name={client.name} />
                    {client.hasSend ? <span className="dp-closed"> (SEND)</span> : null}
                  </th>
                  <td>{client.organisationName}</td>
                  <td>{formatDate(client.lastContactOn)}</td>
                  <td>
                    {formatDate(client.endsOn)}
                    <br />
                    <span className="dp-closed">
                      {client.rule === 'send-birthday'
                        ? 'Their birthday under the SEND rule'
                        : 'Years after the last contact'}
                    </span>
                    {client.isBirthdayUnknown ? (
                      <span className="dp-closed">
                        . Their date of birth is not recorded, so the SEND rule could not be checked.
                      </span>
                    ) : null}
                    {client.lastKeptReason ? (
                      <span className="dp-closed">. Kept before: {client.lastKeptReason}</span>
                    ) : null}
                  </td>
                  <td>
                    <div className="actions">
                      {(['erase', 'keep'] as const).map((decision) => (
                        <button
                          key={decision}
                          id={`${decision}-button-${client.clientId}`}
                          type="button"
                          className="button button-quiet dp-button-small"
                          aria-expanded={open?.clientId === client.clientId && open.decision === decision}
                          aria-controls={`decision-${client.clientId}`}
                          onClick={() => toggle(client.clientId, decision)}
                        >
                          {decision === 'erase' ? 'Erase' : 'Keep'}
                          <span className="visually-hidden"> {client.name}</span>
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
                {open?.clientId === client.clientId ? (
                  <tr className="dp-row-panel" id={`decision-${client.clientId}`}>
                    <td colSpan={5}>
                      <RetentionDecision
                        client={client}
                        decision={open.decision}
                        onCancel={() => {
                          setOpen(null);
                          focusSoon(`${open.decision}-button-${client.clientId}`);
                        }}
                        onDone={(message) => {
                          setOpen(null);
                          setDone(message);
                          review.reload();
                          onDecided();
                          focusSoon('review-heading');
                        }}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </DataTable>
          <Pager label="Pages of clients past retention" paging={paging} total={review.value.total} />
        </>
      ) : null}
    </section>
  );
}
