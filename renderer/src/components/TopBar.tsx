// The unlocked app's bar: its name, the main navigation, search and the Lock button.
import type { Ref } from 'react';
import type { SearchResult } from '../../../shared/contract/search';
import type { HomePage, Section } from '../app/screen';
import { SearchBox } from '../search/SearchBox';

type Props = {
  section: Section;
  onNavigate: (page: HomePage) => void;
  onOpenResult: (result: SearchResult) => void;
  onLock: () => void;
  searchRef?: Ref<HTMLInputElement>;
};

const sections: { section: Section; page: HomePage; label: string }[] = [
  { section: 'caseload', page: { name: 'caseload' }, label: 'Caseload' },
  { section: 'diary', page: { name: 'diary' }, label: 'Diary' },
  { section: 'organisations', page: { name: 'organisations' }, label: 'Organisations' },
  { section: 'invoices', page: { name: 'invoices' }, label: 'Invoices' },
  { section: 'import', page: { name: 'import' }, label: 'Import roll' },
  { section: 'templates', page: { name: 'templates' }, label: 'Templates' },
  { section: 'data-protection', page: { name: 'data-protection' }, label: 'Data protection' },
  { section: 'settings', page: { name: 'settings' }, label: 'Settings' },
];

export function TopBar({ section, onNavigate, onOpenResult, onLock, searchRef }: Props) {
  return (
    <header className="top-bar">
      <p className="brand">Waymark</p>
      <nav aria-label="Main" className="top-nav">
        <ul>
          {sections.map((item) => (
            <li key={item.section}>
              <button
                type="button"
                className="nav-item"
                aria-current={item.section === section ? 'page' : undefined}
                onClick={() => onNavigate(item.page)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox onOpen={onOpenResult} inputRef={searchRef} />
      <button type="button" className="button button-quiet" onClick={onLock} aria-keyshortcuts="Control+L">
        Lock <kbd className="shortcut">Ctrl+L</kbd>
      </button>
    </header>
  );
}
