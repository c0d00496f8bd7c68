// A labelled file picker (a handover file, a template, a class list, a
// picture) with its hint and problem read out with it, like TextField. What
// happens to the chosen file is the screen's own business.
import type { ChangeEvent, Ref } from 'react';
import { describeControl, LabelledField } from './LabelledField';

type Props = {
  id: string;
  label: string;
  hint: string;
  error?: string | undefined;
  /** The file types offered, as the input's accept list (".json,application/json"). */
  accept: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Marks the picker busy while the chosen file is read or checked. */
  isBusy?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Ids of other elements that describe it (a form alert). */
  describedBy?: string[];
};

export function FileField({ id, label, hint, error, accept, onChange, isBusy, inputRef, describedBy = [] }: Props) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept={accept}
        className="file-input"
        onChange={onChange}
        {...describeControl(id, { hint, error, others: describedBy })}
        aria-busy={isBusy}
      />
    </LabelledField>
  );
}
