// A passphrase the adviser already has (to unlock, or the one a backup was
// made with), with its own "Show passphrase" box underneath. Wired like any
// field (`{...field('passphrase')}`): the box has the id given, its "Show
// passphrase" box that id with -show.
import { useState, type Ref } from 'react';
import { PassphraseField } from './PassphraseField';
import { ShowPassphraseToggle } from './ShowPassphraseToggle';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  describedBy?: string[];
  inputRef?: Ref<HTMLInputElement>;
};

export function KnownPassphraseField(field: Props) {
  const [isVisible, setIsVisible] = useState(false);
  return (
    <>
      <PassphraseField {...field} isVisible={isVisible} autoComplete="current-password" />
      <ShowPassphraseToggle id={`${field.id}-show`} isVisible={isVisible} onChange={setIsVisible} />
    </>
  );
}
