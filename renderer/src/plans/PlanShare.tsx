// "Share a copy" on the plan page: the same consent-checked share as on the
// client's Consent and data page (one form, one service), so a shared copy is
// never made without consent for its purpose or without a disclosure entry.
import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { DisclosureButton } from '../components/DisclosureButton';
import { LoadProblem } from '../components/LoadProblem';
import { Loading } from '../components/Loading';
import { PageLink } from '../components/PageLink';
import { ShareCopySection } from '../sharing/ShareCopySection';

type Props = { clientId: string };

export function PlanShare({ clientId }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="plan-share">
      <DisclosureButton
        isOpen={isOpen}
        controls="plan-share-panel"
        className="button button-quiet button-small"
        onToggle={setIsOpen}
      >
        {isOpen ? 'Close sharing' : 'Share a copy…'}
      </DisclosureButton>
      <div id="plan-share-panel">{isOpen ? <SharePanel clientId={clientId} /> : null}</div>
    </div>
  );
}

function SharePanel({ clientId }: Props) {
  const consents = useQuery('consent.history', { clientId });
  if (consents.problem)
    return <LoadProblem what="The client's consent" message={consents.problem} onRetry={consents.reload} />;
  if (!consents.value) return <Loading what="the client's consent" />;
  return (
    <>
      <ShareCopySection clientId={clientId} consent={consents.value[0] ?? null} onShared={consents.reload} />
      <p>
        <PageLink to={{ name: 'client-privacy', clientId }}>Consent and data for this client</PageLink>
      </p>
    </>
  );
}
