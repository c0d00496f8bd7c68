// The line at the top of every unlocked page about the last verified backup:
// quiet when all is well, a warning with a way to the backups page when not.
import { useEffect } from 'react';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { onBackupsChanged } from './backup-events';
import './backups.css';

export function BackupStatusLine() {
  const status = useQuery('backups.status', {});
  const { navigate } = useNavigation();
  const { reload } = status;
  useEffect(() => onBackupsChanged(reload), [reload]);

  if (!status.value) return null;
  const { lastVerified, warnings } = status.value;
  return (
    <div className="backup-status" data-testid="backup-status">
      {lastVerified ? <p className="backup-status-line">{lastVerified.text}</p> : null}
      {warnings.length > 0 ? (
        <div className="notice notice-info backup-warning">
          {warnings.map((warning) => (
            <p key={warning.kind}>
              <span className="notice-label">Backups: </span>
              {warning.message}
            </p>
          ))}
          <p>
            <button type="button" className="link-button" onClick={() => navigate({ name: 'backups' })}>
              Open backups
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}
