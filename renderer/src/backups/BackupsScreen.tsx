// Backups: where they go, the last verified one, backing up now and restoring.
import { BackLink } from '../components/BackLink';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';

export function BackupsScreen({ notice }: { notice: string | undefined }) {
  return (
    <>
      <BackLink />
      <ScreenHeading>Backups</ScreenHeading>
      <StatusMessage id="backups-status" message={notice ?? ''} />
      <p>Being built.</p>
    </>
  );
}
