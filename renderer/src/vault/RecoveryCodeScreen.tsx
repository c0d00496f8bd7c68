// The recovery code, shown once, then typed back from where the adviser wrote
// it so we know it was kept before the app carries on.
import { useState } from 'react';
import { RecoveryCodeConfirm } from './RecoveryCodeConfirm';
import { RecoveryCodeDisplay } from './RecoveryCodeDisplay';

type Props = { recoveryCode: string; origin: 'created' | 'recovered'; onConfirmed: () => void };

export function RecoveryCodeScreen({ recoveryCode, origin, onConfirmed }: Props) {
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  return step === 'show' ? (
    <RecoveryCodeDisplay recoveryCode={recoveryCode} origin={origin} onWrittenDown={() => setStep('confirm')} />
  ) : (
    <RecoveryCodeConfirm onConfirmed={onConfirmed} onShowAgain={() => setStep('show')} />
  );
}
