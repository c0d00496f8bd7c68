// A passphrase input: hidden unless the adviser chose to show it, and it warns
// when Caps Lock is on, the commonest reason a right passphrase is refused.
import { useState, type KeyboardEvent, type Ref } from 'react';
import { TextField } from './TextField';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  isVisible: boolean;
  autoComplete: 'current-password' | 'new-password';
  hint?: string;
  error?: string;
  describedBy?: string[];
  inputRef?: Ref<HTMLInputElement>;
};

export function PassphraseField({ isVisible, autoComplete, describedBy = [], ...field }: Props) {
  const [isCapsLockOn, setIsCapsLockOn] = useState(false);
  const capsId = `${field.id}-caps`;
  const onKeyUp = (event: KeyboardEvent<HTMLInputElement>) => setIsCapsLockOn(event.getModifierState('CapsLock'));
  return (
    <>
      <TextField
        {...field}
        type={isVisible ? 'text' : 'password'}
        onKeyUp={onKeyUp}
        describedBy={isCapsLockOn ? [capsId, ...describedBy] : describedBy}
        inputProps={{ autoComplete, maxLength: 256 }}
      />
      {isCapsLockOn ? (
        <p id={capsId} className="field-hint field-caps">
          Caps Lock is on.
        </p>
      ) : null}
    </>
  );
}
