// A folder on this computer: typed as a full path, or chosen with the system's
// folder window ("Choose folder…") in the desktop app. The browser preview has
// no folder window, so there the button says to type the path.
import { useRef, useState, type RefObject } from 'react';
import type { FolderPurpose } from '../../../shared/contract/files';
import { call } from '../api/client';
import { BusyButton } from './BusyButton';
import { TextField } from './TextField';

type Props = {
  id: string;
  label: string;
  hint: string;
  purpose: FolderPurpose;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  describedBy?: string[];
  inputRef?: RefObject<HTMLInputElement | null>;
};

export function FolderField({ id, label, hint, purpose, value, onChange, error, describedBy = [], inputRef }: Props) {
  const [choiceMessage, setChoiceMessage] = useState('');
  const [isChoosing, setIsChoosing] = useState(false);
  const ownInputRef = useRef<HTMLInputElement | null>(null);
  const boxRef = inputRef ?? ownInputRef;
  const choiceId = `${id}-choice`;

  const choose = async () => {
    if (isChoosing) return;
    setIsChoosing(true);
    setChoiceMessage('');
    const result = await call('files.chooseFolder', { purpose, ...(value.trim() ? { startIn: value.trim() } : {}) });
    setIsChoosing(false);
    if (!result.ok) {
      setChoiceMessage(result.error.message);
      boxRef.current?.focus();
    } else if (!result.value.isAvailable) {
      setChoiceMessage(
        'This preview cannot open your computer’s folder window. Type the folder’s full path in the box instead.',
      );
      boxRef.current?.focus();
    } else if (result.value.folder !== null) {
      onChange(result.value.folder);
    }
  };

  return (
    <div className="folder-field">
      <TextField
        id={id}
        label={label}
        hint={hint}
        value={value}
        onChange={onChange}
        error={error}
        describedBy={[...describedBy, choiceId]}
        inputRef={boxRef}
        inputProps={{ maxLength: 1_000 }}
      />
      <BusyButton isBusy={isChoosing} className="button button-quiet folder-field-choose" onClick={() => void choose()}>
        Choose folder…
      </BusyButton>
      {/* No live region: focus moves to the box, which reads this out as part of its description. */}
      <p id={choiceId} className="field-hint folder-field-choice">
        {choiceMessage}
      </p>
    </div>
  );
}
