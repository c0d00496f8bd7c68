// A passphrase the adviser already has (to unlock, or the one a backup was
// made with), with its own "Show passphrase" box underneath. The ids are
// `<idPrefix>-passphrase` and `<idPrefix>-show`.
import { useState, type Ref } from 'react';
import { PassphraseField } from './PassphraseField';
import { ShowPassphraseToggle } from './ShowPassphraseToggle';

type Props = {
  idPrefix: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  describedBy?: string[];
  inputRef?: Ref<HTMLInputElement>;
};

export function KnownPassphraseField({ idPrefix, ...field }: Props) {
  const [isVisible, setIsVisible] = useState(false);
  return (
    <>
      <PassphraseField id={`${idPrefix}-passphrase`} {...field} isVisible={isVisible} autoComplete="current-password" />
      <ShowPassphraseToggle id={`${idPrefix}-show`} isVisible={isVisible} onChange={setIsVisible} />
    </>
  );
}
