// The backup part of the status bar: one quiet line about the last verified
// backup, or the most pressing warning with a link to the backups page.
import { useEffect } from 'react';
import { useQuery } from '../api/use-query';
import { PageLink } from '../components/PageLink';
import { onBackupsChanged } from './backup-events';
import './backups.css';

export function BackupStatusLine() {
  const status = useQuery('backups.status', {});
  const { reload } = status;
  useEffect(() => onBackupsChanged(reload), [reload]);

  if (!status.value) return null;
  const { lastVerified, warnings } = status.value;
  const [first, ...more] = warnings;
  if (!first) {
    return lastVerified ? (
      <p className="backup-status" data-testid="backup-status">
        {lastVerified.text}
      </p>
    ) : null;
  }
  // One line, however many warnings: the backups page lists them all.
  return (
    <p className="backup-status backup-status-warning" data-testid="backup-status">
      <span className="notice-label">Backups: </span>
      {first.message}{' '}
      <PageLink to={{ name: 'backups' }}>
        Open backups{more.length > 0 ? ` (${more.length} more ${more.length === 1 ? 'warning' : 'warnings'})` : ''}
      </PageLink>
    </p>
  );
}
