// The practice's data protection: requests, logs, retention and documents.
import type { DataProtectionView } from '../app/screen';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { AuditLog } from '../audit/AuditLog';
import { DataProtectionNav } from './DataProtectionNav';
import { DisclosureLog } from '../disclosures/DisclosureLog';
import { PracticeDocuments } from '../practice/PracticeDocuments';
import { RequestRegister } from '../subject-access/RequestRegister';
import { RetentionView } from '../retention/RetentionView';
import './data-protection.css';

type Props = { view: DataProtectionView; notice: string | undefined };

export function DataProtectionScreen({ view, notice }: Props) {
  return (
    <>
      <ScreenHeading>Data protection</ScreenHeading>
      <StatusMessage id="data-protection-status" message={notice ?? ''} />
      <DataProtectionNav current={view} />
      {view === 'requests' ? <RequestRegister /> : null}
      {view === 'disclosures' ? <DisclosureLog /> : null}
      {view === 'audit' ? <AuditLog /> : null}
      {view === 'retention' ? <RetentionView /> : null}
      {view === 'documents' ? <PracticeDocuments /> : null}
    </>
  );
}
