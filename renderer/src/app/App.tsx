// Chooses the screen for where the vault stands.
import { CaseloadScreen } from '../screens/CaseloadScreen';
import { CreateVaultScreen } from '../screens/CreateVaultScreen';
import { HomeLayout } from '../screens/HomeLayout';
import { LoadingScreen } from '../screens/LoadingScreen';
import { RecoverScreen } from '../screens/RecoverScreen';
import { RecoveryCodeScreen } from '../screens/RecoveryCodeScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { UnavailableScreen } from '../screens/UnavailableScreen';
import { UnlockScreen } from '../screens/UnlockScreen';
import { useActivityReporter } from './use-activity-reporter';
import { isUnlockedScreen } from './screen';
import { useVaultSession } from './use-vault-session';

export function App() {
  const { screen, show, lock, lockError } = useVaultSession();
  useActivityReporter(isUnlockedScreen(screen));

  switch (screen.kind) {
    case 'loading':
      return <LoadingScreen />;
    case 'unavailable':
      return <UnavailableScreen message={screen.message} />;
    case 'create':
      return <CreateVaultScreen onCreated={(recoveryCode) => show({ kind: 'recovery-code', recoveryCode, origin: 'created' })} />;
    case 'recovery-code':
      return (
        <RecoveryCodeScreen
          recoveryCode={screen.recoveryCode}
          origin={screen.origin}
          onConfirmed={() => show({ kind: 'home', page: 'caseload' })}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          lockReason={screen.lockReason}
          onUnlocked={() => show({ kind: 'home', page: 'caseload' })}
          onForgotten={() => show({ kind: 'recover' })}
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
      return (
        <HomeLayout page={screen.page} onNavigate={(page) => show({ kind: 'home', page })} onLock={lock} lockError={lockError}>
          {screen.page === 'caseload' ? <CaseloadScreen /> : <SettingsScreen />}
        </HomeLayout>
      );
  }
}
