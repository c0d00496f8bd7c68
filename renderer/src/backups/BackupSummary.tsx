// Settings' pointer to the backups page.
import { useNavigation } from '../app/navigation';

export function BackupSummary() {
  const { navigate } = useNavigation();
  return (
    <section aria-labelledby="backup-summary-heading" className="panel">
      <h2 id="backup-summary-heading">Backups</h2>
      <button type="button" className="button" onClick={() => navigate({ name: 'backups' })}>
        Open backups
      </button>
    </section>
  );
}
