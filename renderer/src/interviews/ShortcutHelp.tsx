// The interview's keyboard shortcuts behind a small "?" button, so they are
// there when wanted and out of the young person's sight otherwise.
import { useId, useState } from 'react';
import { nextStageShortcut, previousStageShortcut } from './use-stage-shortcuts';

const shortcuts = [
  { keys: nextStageShortcut.label, does: 'Next stage' },
  { keys: previousStageShortcut.label, does: 'Previous stage' },
  { keys: 'Ctrl+K', does: 'Search' },
  { keys: 'Ctrl+L', does: 'Lock Waymark' },
];

export function ShortcutHelp() {
  const [isOpen, setIsOpen] = useState(false);
  const listId = useId();
  return (
    <div className="shortcut-help">
      <button
        type="button"
        className="shortcut-help-button"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-label="Keyboard shortcuts"
        onClick={() => setIsOpen(!isOpen)}
      >
        ?
      </button>
      <dl id={listId} className="shortcut-list" hidden={!isOpen}>
        {shortcuts.map((shortcut) => (
          <div key={shortcut.does}>
            <dt>
              <kbd className="shortcut">{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
