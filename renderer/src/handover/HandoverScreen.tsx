// Handing a client's records to another adviser, or taking them in.
import { BackLink } from '../components/BackLink';
import { ScreenHeading } from '../components/ScreenHeading';

export function HandoverScreen({ clientId }: { clientId: string | undefined }) {
  return (
    <>
      <BackLink />
      <ScreenHeading>Hand over records</ScreenHeading>
      <p data-client-id={clientId}>Being built.</p>
    </>
  );
}
