// Handing a client's records to another adviser, or taking such a file in:
// with a client, the export for them; without, the import of a file.
import { BackLink } from '../components/BackLink';
import { HandoverExport } from './HandoverExport';
import { HandoverImport } from './HandoverImport';
import './handover.css';

export function HandoverScreen({ clientId }: { clientId: string | undefined }) {
  return (
    <>
      <BackLink />
      {clientId ? <HandoverExport clientId={clientId} /> : <HandoverImport />}
    </>
  );
}
