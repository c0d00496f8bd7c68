// The subject-access register for the whole practice: every request, open and
// closed, with its deadline, and status changes and extensions made in place.
import { Fragment, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate, todayInLondon } from '../format/dates';
import { ClientLink } from '../data-protection/ClientLink';
import { describeDaysLeft } from './deadlines';
import { focusSoon } from '../data-protection/focus';
import { relationshipLabels, requestStatusLabels } from '../data-protection/labels';
import { RequestUpdate } from './RequestUpdate';

type Entry = ChannelOutput<'subjectAccess.register'>[number];

export function RequestRegister() {
  const register = useQuery('subjectAccess.register', {});
  const [openId, setOpenId] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const today = todayInLondon();

  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">Subject-access requests</h2>
      <p>
        Every request made to see the records held on someone. A request must be answered within one calendar month; it
        can be extended by two more months if it is complex, as long as the person is told within the first month.
      </p>
      <p>To log a new request, open the client’s page and choose “Consent and data”.</p>
      <StatusMessage id="requests-done" message={done} />
      {register.value === undefined ? <LoadingOrProblem query={register} what="the register" /> : null}
      {register.value?.length === 0 ? <p>No requests have been logged yet.</p> : null}
      {register.value && register.value.length > 0 ? (
        <DataTable
          caption="Subject-access requests, newest first"
          isCaptionHidden
          columns={[
            'Client',
            'Requested by',
            'Received',
            'Due',
            'Time left',
            'Status',
            { label: 'Changes', isHidden: true },
          ]}
        >
          {register.value.map((entry) => (
            <Fragment key={entry.id}>
              <tr data-request={entry.id}>
                <th scope="row">
                  <ClientLink clientId={entry.clientId} name={entry.clientName} />
                </th>
                <td>
                  {entry.requesterName}
                  <br />
                  <span className="dp-closed">
                    {relationshipLabels[entry.relationship]}
                    {entry.identityCheckedOn
                      ? `, identity checked ${formatDate(entry.identityCheckedOn)}`
                      : entry.isIdentityChecked
                        ? ', identity checked'
                        : ', identity not checked yet'}
                  </span>
                </td>
                <td>{formatDate(entry.receivedOn)}</td>
                <td>
                  {formatDate(entry.dueOn)}
                  {entry.extensionToldOn ? (
                    <>
                      <br />
                      <span className="dp-closed">Extended (told {formatDate(entry.extensionToldOn)})</span>
                    </>
                  ) : null}
                </td>
                <td>
                  <TimeLeft entry={entry} today={today} />
                </td>
                <td>{requestStatusLabels[entry.status]}</td>
                <td>
                  <button
                    type="button"
                    id={`request-update-button-${entry.id}`}
                    className="button button-quiet dp-button-small"
                    aria-expanded={openId === entry.id}
                    aria-controls={`request-update-${entry.id}`}
                    onClick={() => setOpenId(openId === entry.id ? null : entry.id)}
                  >
                    Update<span className="visually-hidden"> the request about {entry.clientName}</span>
                  </button>
                </td>
              </tr>
              {openId === entry.id ? (
                <tr className="dp-row-panel" id={`request-update-${entry.id}`}>
                  <td colSpan={7}>
                    <RequestUpdate
                      entry={entry}
                      today={today}
                      onChanged={(message) => {
                        setDone(message);
                        setOpenId(null);
                        register.reload();
                        focusSoon(`request-update-button-${entry.id}`);
                      }}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

function TimeLeft({ entry, today }: { entry: Entry; today: string }) {
  if (entry.sentOn) return <span className="dp-closed">Sent {formatDate(entry.sentOn)}</span>;
  if (entry.status === 'completed')
    return <span className="dp-closed">Answered {entry.completedOn ? formatDate(entry.completedOn) : ''}</span>;
  if (entry.status === 'withdrawn') return <span className="dp-closed">Withdrawn</span>;
  const left = describeDaysLeft(today, entry.dueOn);
  return <span className={left.isOverdue ? 'dp-overdue' : left.isSoon ? 'dp-soon' : undefined}>{left.text}</span>;
}
