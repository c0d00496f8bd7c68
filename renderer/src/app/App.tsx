// Chooses the screen for where the vault stands. The unlocked app's page is
// kept (hidden) while the vault is locked, so unlocking returns to it.
import { useCallback, type ReactNode } from 'react';
import { CreateVaultScreen } from '../vault/CreateVaultScreen';
import { HomeScreen } from '../shell/HomeScreen';
import { LoadingScreen } from '../shell/LoadingScreen';
import { RecoverScreen } from '../vault/RecoverScreen';
import { RecoveryCodeScreen } from '../vault/RecoveryCodeScreen';
import { UnavailableScreen } from '../shell/UnavailableScreen';
import { UnlockScreen } from '../vault/UnlockScreen';
import { KeptScreen } from './KeptScreen';
import { useActivityReporter } from './use-activity-reporter';
import { isUnlockedScreen, type HomePage } from './screen';
import { useVaultSession } from './use-vault-session';

const noHistory: HomePage[] = [];

export function App() {
  const { screen, show, keptHome, showUnlocked, lock, lockError, isDemoOffered, isDemo, openDemo } = useVaultSession();
  useActivityReporter(isUnlockedScreen(screen));
  const showHome = useCallback((page: HomePage, history: HomePage[]) => show({ kind: 'home', page, history }), [show]);
  const demo = isDemoOffered ? openDemo : undefined;
  const home = screen.kind === 'home' ? { page: screen.page, history: screen.history ?? noHistory } : keptHome;

  return (
    <>
      {home ? (
        <KeptScreen isShown={screen.kind === 'home'}>
          <HomeScreen
            page={home.page}
            history={home.history}
            showHome={showHome}
            isDemo={isDemo}
            onLock={lock}
            lockError={lockError}
          />
        </KeptScreen>
      ) : null}
      {screen.kind === 'home' ? null : lockedScreen()}
    </>
  );

  function lockedScreen(): ReactNode {
    switch (screen.kind) {
      case 'loading':
        return <LoadingScreen />;
      case 'unavailable':
        return <UnavailableScreen message={screen.message} />;
      case 'create':
        return (
          <CreateVaultScreen
            onCreated={(recoveryCode) => show({ kind: 'recovery-code', recoveryCode, origin: 'created' })}
            onOpenDemo={demo}
          />
        );
      case 'recovery-code':
        return (
          <RecoveryCodeScreen recoveryCode={screen.recoveryCode} origin={screen.origin} onConfirmed={showUnlocked} />
        );
      case 'unlock':
        return (
          <UnlockScreen
            lockReason={screen.lockReason}
            onUnlocked={showUnlocked}
            onForgotten={() => show({ kind: 'recover' })}
            onOpenDemo={demo}
          />
        );
      case 'recover':
        return (
          <RecoverScreen
            onRecovered={(recoveryCode) => show({ kind: 'recovery-code', recoveryCode, origin: 'recovered' })}
            onBack={() => show({ kind: 'unlock', lockReason: 'start' })}
          />
        );
      case 'home':
        return null;
    }
  }
}
