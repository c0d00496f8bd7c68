// One client's data protection: consent, sharing, subject access and erasure.
import { BackLink } from '../components/BackLink';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';

type Props = { clientId: string; notice: string | undefined };

export function ClientPrivacyScreen({ clientId, notice }: Props) {
  return (
    <>
      <BackLink />
      <ScreenHeading>Consent and data</ScreenHeading>
      <StatusMessage id="privacy-status" message={notice ?? ''} />
      <p data-client-id={clientId}>Being built.</p>
    </>
  );
}
