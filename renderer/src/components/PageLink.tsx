// A link that opens another page of the app (a client, an invoice, a session);
// Back returns to this one. It is a button styled as a link, since it moves
// within the app rather than to an address.
import type { ReactNode } from 'react';
import { useNavigation } from '../app/navigation';
import type { HomePage } from '../app/screen';

export function PageLink({ to, children }: { to: HomePage; children: ReactNode }) {
  const { navigate } = useNavigation();
  return (
    <button type="button" className="link-button" onClick={() => navigate(to)}>
      {children}
    </button>
  );
}
