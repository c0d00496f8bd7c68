// What a restore brought back, in plain words: the backup's date, the records
// in it, and the erased people removed from it again.
import { useEffect, useRef } from 'react';
import type { RestoreReport } from '../../../shared/contract/backups';
import { formatUkDateTime } from './backup-formats';

const countLabels: [key: string, label: string][] = [
  ['clients', 'Clients'],
  ['interviews', 'Interviews'],
  ['plans', 'Action plans'],
  ['schools', 'Schools and other organisations'],
];

function erasureSentence(report: RestoreReport): string {
  if (report.isErasureLogUnreadable)
    return 'The damaged vault’s record of erasures could not be read, so check your erasure log: anyone erased since this backup was made may be back.';
  if (report.erasedAgain === 0) return 'Nobody erased since this backup was made was in it.';
  return report.erasedAgain === 1
    ? '1 person erased since this backup was made was removed again.'
    : `${report.erasedAgain} people erased since this backup was made were removed again.`;
}

type Props = { report: RestoreReport; headingId: string; isFocusedOnMount?: boolean };

export function RestoreReportView({ report, headingId, isFocusedOnMount = false }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form that asked for the restore is gone: focus moves to what happened, so it is read out.
  useEffect(() => {
    if (isFocusedOnMount) headingRef.current?.focus();
  }, [isFocusedOnMount]);
  return (
    <section className="panel restore-report" aria-labelledby={headingId} data-testid="restore-report">
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        Restored the backup from {formatUkDateTime(report.backupCreatedAt)}
      </h2>
      <dl>
        {countLabels.map(([key, label]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{report.counts[key] ?? 0}</dd>
          </div>
        ))}
      </dl>
      <p>{erasureSentence(report)}</p>
      {report.tombstonesWithoutSubject > 0 ? (
        <p>
          {report.tombstonesWithoutSubject} older erasure{report.tombstonesWithoutSubject === 1 ? ' was' : 's were'}{' '}
          recorded before Waymark could repeat them: check those people are not back.
        </p>
      ) : null}
      {report.safetyBackup ? (
        <p>The vault as it was just before is kept in the backup folder as {report.safetyBackup}.</p>
      ) : null}
      {report.damagedFilesMovedTo ? (
        <p>The damaged files were kept, unchanged, in {report.damagedFilesMovedTo}.</p>
      ) : null}
      {report.isPassphraseFromBackup ? (
        <p>From now on, unlock Waymark with the passphrase this backup was made with.</p>
      ) : null}
    </section>
  );
}
