// One client's data protection: consent, sharing a copy of the plan, the
// disclosures about them, subject-access requests and the bundle, and erasure.
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { displayName } from '../clients/client-names';
import { ConsentSection } from '../consent/ConsentSection';
import { DisclosuresSection } from '../disclosures/DisclosuresSection';
import { EraseSection } from '../erasure/EraseSection';
import { RequestsSection } from '../subject-access/RequestsSection';
import { ShareCopySection } from '../sharing/ShareCopySection';
import { SubjectAccessBundle } from '../subject-access/SubjectAccessBundle';

type Props = { clientId: string; notice: string | undefined };

export function ClientPrivacyScreen({ clientId, notice }: Props) {
  const client = useQuery('clients.get', { id: clientId });
  const consents = useQuery('consent.history', { clientId });
  const disclosures = useQuery('disclosures.list', { clientId });
  const requests = useQuery('subjectAccess.requestsFor', { clientId });

  if (!client.value) {
    return (
      <>
        <BackLink />
        <ScreenHeading>Consent and data</ScreenHeading>
        {<LoadingOrProblem query={client} what="the client's record" problemWhat="This client's record" />}
      </>
    );
  }

  const name = displayName(client.value);
  return (
    <>
      <BackLink />
      <div className="screen-top">
        <div>
          <ScreenHeading>Consent and data: {name}</ScreenHeading>
          <p className="screen-subtitle">
            What {name} agreed to, who has seen their records, their requests, and erasure.
          </p>
        </div>
      </div>
      <StatusMessage id="privacy-status" message={notice ?? ''} />
      <ConsentSection clientId={clientId} history={consents} />
      <ShareCopySection clientId={clientId} consent={consents.value?.[0] ?? null} onShared={disclosures.reload} />
      <DisclosuresSection disclosures={disclosures} />
      <RequestsSection clientId={clientId} requests={requests} />
      <SubjectAccessBundle
        clientId={clientId}
        requests={requests.value ?? []}
        onDownloaded={() => {
          disclosures.reload();
          requests.reload();
        }}
      />
      <EraseSection clientId={clientId} client={client.value} />
    </>
  );
}
