// The unlocked app's bar: its name, the main navigation and the Lock button.
import type { HomePage } from '../app/screen';

type Props = { page: HomePage; onNavigate: (page: HomePage) => void; onLock: () => void };

const pages: { page: HomePage; label: string }[] = [
  { page: 'caseload', label: 'Caseload' },
  { page: 'settings', label: 'Settings' },
];

export function TopBar({ page, onNavigate, onLock }: Props) {
  return (
    <header className="top-bar">
      <p className="brand">Waymark</p>
      <nav aria-label="Main" className="top-nav">
        <ul>
          {pages.map((item) => (
            <li key={item.page}>
              <button
                type="button"
                className="nav-item"
                aria-current={item.page === page ? 'page' : undefined}
                onClick={() => onNavigate(item.page)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <button type="button" className="button button-quiet" onClick={onLock} aria-keyshortcuts="Control+L">
        Lock <kbd className="shortcut">Ctrl+L</kbd>
      </button>
    </header>
  );
}
