// The recovery code box: typed back to confirm it, or typed to recover a vault.
import type { Ref } from 'react';
import { recoveryCodeFormatHint } from '../app/recovery-code-text';
import { TextField } from '../components/TextField';

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string;
  describedBy: string[];
  inputRef: Ref<HTMLInputElement>;
};

export function RecoveryCodeField(props: Props) {
  return (
    <TextField
      {...props}
      label="Recovery code"
      hint={recoveryCodeFormatHint}
      className="code-input"
      inputProps={{ autoComplete: 'off', maxLength: 64 }}
    />
  );
}
