// The top bar's search: a combobox whose list shows clients and organisations
// as the adviser types. Arrow keys move through the results, Enter opens one,
// Escape clears. Accents are folded by main, so "sian" finds "Siân".
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { SearchResult } from '../../../shared/contract/search';
import { useSearch } from './use-search';

type Props = { onOpen: (result: SearchResult) => void; inputRef?: Ref<HTMLInputElement> };

export function SearchBox({ onOpen, inputRef }: Props) {
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);
  const [isDismissed, setIsDismissed] = useState(false);
  const { results, problem } = useSearch(text);
  const baseId = useId();
  const listId = `${baseId}-results`;
  const optionId = (index: number) => `${baseId}-result-${index}`;
  const hasText = text.trim() !== '';
  const isOpen = hasText && !isDismissed && results !== null;
  const shown = isOpen ? results : [];
  const active = activeIndex >= 0 && activeIndex < shown.length ? activeIndex : -1;

  const clear = () => {
    setText('');
    setActiveIndex(-1);
  };

  const open = (result: SearchResult) => {
    clear();
    onOpen(result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setIsDismissed(false);
        if (shown.length > 0) setActiveIndex(active + 1 >= shown.length ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (shown.length > 0) setActiveIndex(active <= 0 ? shown.length - 1 : active - 1);
        break;
      case 'Enter': {
        event.preventDefault();
        // Enter with nothing highlighted opens the best match.
        const chosen = shown[active >= 0 ? active : 0];
        if (chosen) open(chosen);
        break;
      }
      case 'Escape':
        if (hasText) {
          event.preventDefault();
          clear();
        }
        break;
      default:
        break;
    }
  };

  const statusText = !hasText
    ? ''
    : results === null
      ? 'Searching…'
      : problem
        ? `Search failed. ${problem}`
        : results.length === 0
          ? `Nothing matches “${text.trim()}”.`
          : `${results.length} ${results.length === 1 ? 'match' : 'matches'}. Use the arrow keys to choose, then Enter.`;

  return (
    <div className="search" role="search">
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        Search clients and organisations
      </label>
      <input
        id={`${baseId}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        className="search-input"
        placeholder="Search names, UPNs, schools"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActiveIndex(-1);
          setIsDismissed(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setIsDismissed(true)}
        onFocus={() => setIsDismissed(false)}
        aria-autocomplete="list"
        aria-expanded={isOpen && shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="Control+K"
        aria-describedby={`${baseId}-status`}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!isOpen || shown.length === 0}
      >
        {shown.map((result, index) => (
          <li
            key={`${result.kind}:${result.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-result"
            // Keep focus in the box while the mouse picks a result.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => open(result)}
          >
            <span className="search-result-title">{result.title}</span>
            <span className="search-result-detail">
              {result.kind === 'organisation' ? 'Organisation · ' : ''}
              {result.detail}
            </span>
          </li>
        ))}
      </ul>
      <p
        id={`${baseId}-status`}
        role="status"
        className={isOpen && shown.length === 0 ? 'search-empty' : 'visually-hidden'}
      >
        {statusText}
      </p>
    </div>
  );
}
