// Backups: where they go, the last verified one, backing up now and restoring.
import { useState } from 'react';
import { formatUkDate } from '../../../shared/dates';
import type { RestoreReport } from '../../../shared/contract/backups';
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { BackupNow } from './BackupNow';
import { BackupSettingsForm } from './BackupSettingsForm';
import { formatBytes } from './backup-formats';
import { RestoreFromFolder } from './RestoreFromFolder';
import { RestoreReportView } from './RestoreReportView';
import './backups.css';

type ListedBackup = { name: string; date: string; time: string; bytes: number; isVerified: boolean };

export function BackupsScreen({ notice }: { notice: string | undefined }) {
  const status = useQuery('backups.status', {});
  const list = useQuery('backups.list', {});
  const [restoring, setRestoring] = useState<ListedBackup | undefined>(undefined);
  const [report, setReport] = useState<RestoreReport | undefined>(undefined);

  const reloadAll = () => {
    status.reload();
    list.reload();
  };

  const onRestored = (restored: RestoreReport) => {
    setRestoring(undefined);
    setReport(restored);
    reloadAll();
  };

  return (
    <>
      <BackLink />
      <ScreenHeading>Backups</ScreenHeading>
      <StatusMessage id="backups-status" message={notice ?? ''} />
      {report ? <RestoreReportView report={report} headingId="restore-report-heading" isFocusedOnMount /> : null}
      {status.value ? (
        <>
          <BackupSettingsForm status={status.value} onSaved={reloadAll} />
          <BackupNow hasFolder={status.value.folder !== null} onBackedUp={reloadAll} />
        </>
      ) : (
        <LoadingOrProblem query={status} what="the backup settings" />
      )}
      {restoring ? (
        <RestoreFromFolder backup={restoring} onRestored={onRestored} onCancel={() => setRestoring(undefined)} />
      ) : null}
      <section className="panel" aria-labelledby="backups-list-heading">
        <h2 id="backups-list-heading">Backups in the folder</h2>
        {list.value === undefined ? (
          <LoadingOrProblem query={list} what="the backups in the folder" problemWhat="The backup folder" />
        ) : list.value.backups.length === 0 ? (
          <p>There are no backups in the folder yet.</p>
        ) : (
          <DataTable
            className="data-table data-table-full backups-list"
            columns={['Taken', 'Size', 'Checked', { label: 'Restore', isHidden: true }]}
          >
            {list.value.backups.map((backup) => (
              <tr key={backup.name}>
                <th scope="row">
                  {formatUkDate(backup.date)}, {backup.time}
                </th>
                <td>{formatBytes(backup.bytes)}</td>
                <td>{backup.isVerified ? 'Verified after writing' : 'Not checked by this vault'}</td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => {
                      setReport(undefined);
                      setRestoring(backup);
                    }}
                    aria-label={`Restore the backup from ${formatUkDate(backup.date)}, ${backup.time}`}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
