// Consent: what is in force now, its history, recording new consent and
// withdrawing it. The latest record is the one in force.
import type { ChannelOutput } from '../../../shared/contract';
import type { Query } from '../api/use-query';
import { useChangedNotice } from '../app/use-changed-notice';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { SummaryList } from '../components/SummaryList';
import { formatDate } from '../format/dates';
import { ConsentForm } from './ConsentForm';
import { WithdrawConsent } from './WithdrawConsent';
import { describeAgreements, givenByLabels, methodLabels } from '../privacy/privacy-labels';
import './consent.css';

export type Consent = ChannelOutput<'consent.history'>[number];
type Props = { clientId: string; history: Query<Consent[]> };

export function ConsentSection({ clientId, history }: Props) {
  const consents = history.value;
  const current = consents?.[0] ?? null;
  const { done, changed } = useChangedNotice(history.reload);
  return (
    <section className="panel" aria-labelledby="consent-heading">
      <h2 id="consent-heading">Consent</h2>
      {!consents ? (
        <LoadingOrProblem query={history} what="consent" problemWhat="The consent record" />
      ) : (
        <>
          <CurrentConsent consent={current} />
          {consents.length > 0 ? <ConsentHistory consents={consents} /> : null}
        </>
      )}
      <StatusMessage id="consent-done" message={done} />
      <ConsentForm clientId={clientId} hasConsent={current !== null} onRecorded={changed} />
      {current && !current.withdrawnOn ? <WithdrawConsent clientId={clientId} onWithdrawn={changed} /> : null}
    </section>
  );
}

function CurrentConsent({ consent }: { consent: Consent | null }) {
  if (!consent) {
    return (
      <p className="callout" id="consent-current">
        No consent is recorded. Nothing about this client can be shared until it is.
      </p>
    );
  }
  return (
    <div id="consent-current" className="consent-current">
      <h3>In force now</h3>
      {consent.withdrawnOn ? (
        <p className="callout">
          Withdrawn on {formatDate(consent.withdrawnOn)}
          {consent.withdrawalNote ? `: ${consent.withdrawalNote}` : '.'} Nothing is shared from that date.
        </p>
      ) : null}
      <SummaryList
        entries={[
          ['Agreed to', describeAgreements(consent.agreements)],
          [
            'Given by',
            <>
              {givenByLabels[consent.givenBy]}
              {consent.givenByName ? `: ${consent.givenByName}` : ''}, {methodLabels[consent.method].toLowerCase()}, on{' '}
              {formatDate(consent.givenOn)}
            </>,
          ],
          ['Limits of confidentiality explained', consent.hasExplainedConfidentiality ? 'Yes' : 'No'],
        ]}
      />
    </div>
  );
}

function ConsentHistory({ consents }: { consents: Consent[] }) {
  return (
    <DataTable caption="Consent history, newest first" columns={['Given on', 'By', 'How', 'Agreed to', 'Withdrawn']}>
      {consents.map((consent) => (
        <tr key={consent.id}>
          <th scope="row">{formatDate(consent.givenOn)}</th>
          <td>
            {givenByLabels[consent.givenBy]}
            {consent.givenByName ? `: ${consent.givenByName}` : ''}
          </td>
          <td>{methodLabels[consent.method]}</td>
          <td>{describeAgreements(consent.agreements)}</td>
          <td>
            {consent.withdrawnOn
              ? `${formatDate(consent.withdrawnOn)}${consent.withdrawalNote ? ` (${consent.withdrawalNote})` : ''}`
              : 'No'}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
