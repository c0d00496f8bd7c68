// This client's subject-access requests: log one (the deadline is worked out
// from the date received), and see each with its due date, extension and status.
import type { ChannelOutput } from '../../../shared/contract';
import type { Query } from '../api/use-query';
import { useChangedNotice } from '../app/use-changed-notice';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { LogRequestForm } from './LogRequestForm';
import { RequestCard } from './RequestCard';
import './subject-access.css';

type Props = { clientId: string; requests: Query<ChannelOutput<'subjectAccess.requestsFor'>> };

export function RequestsSection({ clientId, requests }: Props) {
  const { done, changed } = useChangedNotice(requests.reload);
  return (
    <section className="panel" aria-labelledby="requests-heading">
      <h2 id="requests-heading">Subject-access requests</h2>
      <p>
        A request must be answered within one calendar month of receipt. For a complex request you can extend by up to
        two more months, if you tell the person within the first month.
      </p>
      <StatusMessage id="requests-done" message={done} />
      {!requests.value ? (
        <LoadingOrProblem query={requests} what="requests" problemWhat="This client's requests" />
      ) : requests.value.length === 0 ? (
        <p>No requests from or about this client.</p>
      ) : (
        <ul className="plain-list request-list" aria-label="Requests about this client">
          {requests.value.map((request) => (
            <li key={request.id}>
              <RequestCard request={request} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
      <LogRequestForm clientId={clientId} onLogged={changed} />
    </section>
  );
}
