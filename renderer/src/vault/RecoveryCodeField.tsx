// The recovery code box: typed back to confirm it, or typed to recover a vault.
import type { Ref } from 'react';
import { recoveryCodeFormatHint } from '../app/recovery-code-text';
import type { FieldBasics } from '../components/LabelledField';
import { TextField } from '../components/TextField';

/** A form's `field('recoveryCode')`, with what else points at the box and a way to focus it. */
type Props = Omit<FieldBasics, 'label' | 'hint'> & { describedBy: string[]; inputRef: Ref<HTMLInputElement> };

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
