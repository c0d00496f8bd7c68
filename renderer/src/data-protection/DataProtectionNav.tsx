// Moves between the parts of the data-protection page. Each part replaces the
// page in place, so Back still leads out of data protection.
import type { DataProtectionView } from '../app/screen';
import { useNavigation } from '../app/navigation';
import { dataProtectionViews, viewLabels } from './labels';

export function DataProtectionNav({ current }: { current: DataProtectionView }) {
  const navigation = useNavigation();
  return (
    <nav className="dp-nav" aria-label="Parts of data protection">
      <ul>
        {dataProtectionViews.map((view) => (
          <li key={view}>
            <button
              type="button"
              className="dp-nav-button"
              aria-current={view === current ? 'page' : undefined}
              onClick={() => navigation.replace({ name: 'data-protection', view })}
            >
              {viewLabels[view]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
