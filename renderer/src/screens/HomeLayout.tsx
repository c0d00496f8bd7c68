// The unlocked app: top bar, the current page, and the Ctrl+L lock shortcut.
import { useEffect, type ReactNode } from 'react';
import type { HomePage } from '../app/screen';
import { FormAlert } from '../components/FormAlert';
import { TopBar } from '../components/TopBar';

type Props = {
  page: HomePage;
  onNavigate: (page: HomePage) => void;
  onLock: () => Promise<void>;
  lockError: string;
  children: ReactNode;
};

export function HomeLayout({ page, onNavigate, onLock, lockError, children }: Props) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void onLock();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock]);

  return (
    <div className="home-layout">
      <TopBar page={page} onNavigate={onNavigate} onLock={() => void onLock()} />
      <main className="page">
        <FormAlert id="lock-problem" message={lockError} />
        {children}
      </main>
    </div>
  );
}
