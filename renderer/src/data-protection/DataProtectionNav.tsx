// Moves between the parts of the data-protection page. Each part replaces the
// page in place, so Back still leads out of data protection.
import type { DataProtectionView } from '../app/screen';
import { useNavigation } from '../app/navigation';
import { NavButtons } from '../components/NavButtons';
import { dataProtectionViews, viewLabels } from './labels';

export function DataProtectionNav({ current }: { current: DataProtectionView }) {
  const navigation = useNavigation();
  return (
    <NavButtons
      label="Parts of data protection"
      className="dp-nav"
      places={dataProtectionViews.map((view) => ({ key: view, label: viewLabels[view] }))}
      current={current}
      onChoose={(place) => navigation.replace({ name: 'data-protection', view: place.key })}
      buttonClassName="dp-nav-button"
    />
  );
}
