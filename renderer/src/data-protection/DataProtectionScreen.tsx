// The practice's data protection: requests, logs, retention and documents.
import type { DataProtectionView } from '../app/screen';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';

type Props = { view: DataProtectionView; notice: string | undefined };

export function DataProtectionScreen({ view, notice }: Props) {
  return (
    <>
      <ScreenHeading>Data protection</ScreenHeading>
      <StatusMessage id="data-protection-status" message={notice ?? ''} />
      <p data-view={view}>Being built.</p>
    </>
  );
}
