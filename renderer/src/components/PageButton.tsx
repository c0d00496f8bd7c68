// A button that opens another page of the app ("Edit details", "Action plan").
// A button rather than a link: pages are not addresses, and Back returns here.
import type { ReactNode } from 'react';
import { useNavigation } from '../app/navigation';
import type { HomePage } from '../app/screen';

type Props = { page: HomePage; children: ReactNode; className?: string };

export function PageButton({ page, children, className = 'button button-quiet' }: Props) {
  const { navigate } = useNavigation();
  return (
    <button type="button" className={className} onClick={() => navigate(page)}>
      {children}
    </button>
  );
}
