// A client's name that opens their page.
import { PageLink } from '../components/PageLink';

export function ClientLink({ clientId, name }: { clientId: string; name: string }) {
  return <PageLink to={{ name: 'client', clientId }}>{name}</PageLink>;
}
