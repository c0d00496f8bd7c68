// The unlocked app: the layout around whichever page is open, and the
// navigation every page reaches through context.
import { useMemo } from 'react';
import type { SearchResult } from '../../../shared/contract/search';
import { createNavigation, NavigationContext } from '../app/navigation';
import { isWidePage, pageKey, sectionOf, type HomePage } from '../app/screen';
import { HomeLayout } from './HomeLayout';
import { PageView } from './PageView';

type Props = {
  page: HomePage;
  history: HomePage[];
  showHome: (page: HomePage, history: HomePage[]) => void;
  isDemo: boolean;
  onLock: () => Promise<void>;
  lockError: string;
};

export function HomeScreen({ page, history, showHome, isDemo, onLock, lockError }: Props) {
  const navigation = useMemo(() => createNavigation(page, history, showHome), [page, history, showHome]);
  const openResult = (result: SearchResult) =>
    navigation.navigate(
      result.kind === 'client'
        ? { name: 'client', clientId: result.id }
        : { name: 'organisation', organisationId: result.id },
    );

  return (
    <NavigationContext value={navigation}>
      <HomeLayout
        section={sectionOf(page)}
        isWide={isWidePage(page)}
        isDemo={isDemo}
        isBackupStatusShown={page.name !== 'interview'}
        onNavigate={navigation.navigate}
        onOpenResult={openResult}
        onLock={onLock}
        lockError={lockError}
      >
        {/* A new key is a new screen: its heading takes focus, and nothing from the last page lingers. */}
        <PageView key={pageKey(page)} page={page} />
      </HomeLayout>
    </NavigationContext>
  );
}
