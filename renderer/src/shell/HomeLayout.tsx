// The unlocked app: top bar, a one-line status bar (the demo practice, the
// backups, sync), the current page, and the keyboard shortcuts (Ctrl+L locks,
// Ctrl+K jumps to search). The frame stays slim so the work gets the screen.
import { useEffect, useRef, type ReactNode } from 'react';
import type { SearchResult } from '../../../shared/contract/search';
import type { HomePage, Section } from '../app/screen';
import { BackupStatusLine } from '../backups/BackupStatusLine';
import { FormAlert } from '../components/FormAlert';
import { TopBar } from '../components/TopBar';
import { SyncStatusLine } from '../sync/SyncStatusLine';

type Props = {
  section: Section;
  isWide: boolean;
  isDemo: boolean;
  /** Off on the interview screen, used in front of the young person. */
  isBackupStatusShown: boolean;
  onNavigate: (page: HomePage) => void;
  onOpenResult: (result: SearchResult) => void;
  onLock: () => Promise<void>;
  lockError: string;
  children: ReactNode;
};

export function HomeLayout({
  section,
  isWide,
  isDemo,
  isBackupStatusShown,
  onNavigate,
  onOpenResult,
  onLock,
  lockError,
  children,
}: Props) {
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'l') {
        event.preventDefault();
        void onLock();
      } else if (key === 'k') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock]);

  return (
    <div className="home-layout">
      <TopBar
        section={section}
        onNavigate={onNavigate}
        onOpenResult={onOpenResult}
        onLock={() => void onLock()}
        searchRef={searchRef}
      />
      {isDemo || isBackupStatusShown ? (
        <div className="status-bar">
          {isDemo ? (
            <p className="demo-banner">
              <strong>Demo practice.</strong> Everyone here is made up. Lock Waymark to leave the demo and return to
              your own vault.
            </p>
          ) : null}
          {isBackupStatusShown ? <BackupStatusLine /> : null}
          {isBackupStatusShown ? <SyncStatusLine /> : null}
        </div>
      ) : null}
      <main className={isWide ? 'page page-wide' : 'page'}>
        <FormAlert id="lock-problem" message={lockError} />
        {children}
      </main>
    </div>
  );
}
