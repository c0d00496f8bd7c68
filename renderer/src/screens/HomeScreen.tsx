// The unlocked app: the layout around whichever page is open, and the
// navigation every page reaches through context.
import { useMemo } from 'react';
import type { SearchResult } from '../../../shared/contract/caseload';
import { createNavigation, NavigationContext } from '../app/navigation';
import { isWidePage, pageKey, sectionOf, type HomePage } from '../app/screen';
import { CaseloadScreen } from '../caseload/CaseloadScreen';
import { ClientFormScreen } from '../clients/ClientFormScreen';
import { ClientScreen } from '../clients/ClientScreen';
import { OrganisationFormScreen } from '../organisations/OrganisationFormScreen';
import { OrganisationsScreen } from '../organisations/OrganisationsScreen';
import { OverviewScreen } from '../organisations/OverviewScreen';
import { ImportRollScreen } from '../roll-import/ImportRollScreen';
import { HomeLayout } from './HomeLayout';
import { SettingsScreen } from './SettingsScreen';

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
    navigation.navigate(result.kind === 'client' ? { name: 'client', clientId: result.id } : { name: 'organisation', organisationId: result.id });

  return (
    <NavigationContext value={navigation}>
      <HomeLayout
        section={sectionOf(page)}
        isWide={isWidePage(page)}
        isDemo={isDemo}
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

function PageView({ page }: { page: HomePage }) {
  switch (page.name) {
    case 'caseload':
      return <CaseloadScreen query={page.query} />;
    case 'client':
      return <ClientScreen clientId={page.clientId} notice={page.notice} />;
    case 'client-edit':
      return <ClientFormScreen clientId={page.clientId} organisationId={null} />;
    case 'client-new':
      return <ClientFormScreen clientId={null} organisationId={page.organisationId} />;
    case 'organisations':
      return <OrganisationsScreen />;
    case 'organisation':
      return <OverviewScreen organisationId={page.organisationId} notice={page.notice} />;
    case 'organisation-edit':
      return <OrganisationFormScreen organisationId={page.organisationId} />;
    case 'import':
      return <ImportRollScreen organisationId={page.organisationId} />;
    case 'settings':
      return <SettingsScreen />;
  }
}
