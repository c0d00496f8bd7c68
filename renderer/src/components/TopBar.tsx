// The unlocked app's bar: its name, the main navigation, search and the Lock button.
import type { Ref } from 'react';
import type { SearchResult } from '../../../shared/contract/search';
import type { HomePage, Section } from '../app/screen';
import { SearchBox } from '../search/SearchBox';
import { NavButtons } from './NavButtons';

type Props = {
  section: Section;
  onNavigate: (page: HomePage) => void;
  onOpenResult: (result: SearchResult) => void;
  onLock: () => void;
  searchRef?: Ref<HTMLInputElement>;
};

const sections: { key: Section; page: HomePage; label: string }[] = [
  { key: 'caseload', page: { name: 'caseload' }, label: 'Caseload' },
  { key: 'diary', page: { name: 'diary' }, label: 'Diary' },
  { key: 'organisations', page: { name: 'organisations' }, label: 'Organisations' },
  { key: 'invoices', page: { name: 'invoices' }, label: 'Invoices' },
  { key: 'import', page: { name: 'import' }, label: 'Import roll' },
  { key: 'templates', page: { name: 'templates' }, label: 'Templates' },
  { key: 'data-protection', page: { name: 'data-protection' }, label: 'Data protection' },
  { key: 'settings', page: { name: 'settings' }, label: 'Settings' },
];

export function TopBar({ section, onNavigate, onOpenResult, onLock, searchRef }: Props) {
  return (
    <header className="top-bar">
      <p className="brand">Waymark</p>
      <NavButtons
        label="Main"
        className="top-nav"
        places={sections}
        current={section}
        onChoose={(place) => onNavigate(place.page)}
        buttonClassName="nav-item"
      />
      <SearchBox onOpen={onOpenResult} inputRef={searchRef} />
      <button type="button" className="button button-quiet" onClick={onLock} aria-keyshortcuts="Control+L">
        Lock <kbd className="shortcut">Ctrl+L</kbd>
      </button>
    </header>
  );
}
