// The screens the app can show, and which of them need the vault unlocked.

export type LockReason = 'start' | 'user' | 'inactivity';
export type HomePage = 'caseload' | 'settings';

export type Screen =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'create' }
  | { kind: 'recovery-code'; recoveryCode: string; origin: 'created' | 'recovered' }
  | { kind: 'unlock'; lockReason: LockReason }
  | { kind: 'recover' }
  | { kind: 'home'; page: HomePage };

export function isUnlockedScreen(screen: Screen): boolean {
  return screen.kind === 'home' || screen.kind === 'recovery-code';
}
