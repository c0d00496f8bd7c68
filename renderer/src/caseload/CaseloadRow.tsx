// One client in the caseload list. The name is the row's button (one tab stop
// for the whole list; arrow keys move between rows); a click anywhere on the
// row opens the client too.
import { describeYearGroup, provisionLevelLabels, sendStatusLabels } from '../../../shared/caseload';
import type { ClientRow } from '../../../shared/contract/clients';
import { listName } from '../clients/client-names';
import { formatShortDate } from '../format/dates';

type Props = { row: ClientRow | undefined; index: number; isTabbable: boolean; onOpen: (clientId: string) => void };

export const caseloadColumnCount = 8;

export function CaseloadRow({ row, index, isTabbable, onOpen }: Props) {
  // Row 1 is the header, so data rows count from 2.
  const rowIndex = index + 2;
  if (!row) {
    return (
      <tr aria-rowindex={rowIndex} className="caseload-row caseload-row-loading">
        <td colSpan={caseloadColumnCount}>Loading…</td>
      </tr>
    );
  }
  return (
    <tr
      aria-rowindex={rowIndex}
      className="caseload-row"
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('button')) return;
        onOpen(row.id);
      }}
    >
      <th scope="row" className="caseload-name">
        <button
          type="button"
          className="row-button"
          data-row-index={index}
          tabIndex={isTabbable ? 0 : -1}
          onClick={() => onOpen(row.id)}
        >
          {listName(row)}
        </button>
      </th>
      <td>{describeYearGroup(row.yearGroup)}</td>
      {/* The title shows a long name the narrow column cuts short. */}
      <td title={row.organisationName}>{row.organisationName}</td>
      <td>{row.tutorGroup}</td>
      <td>{provisionLevelLabels[row.provisionLevel]}</td>
      <td>{row.sendStatus === 'none' ? '' : sendStatusLabels[row.sendStatus]}</td>
      <td>{row.lastSeenOn ? formatShortDate(row.lastSeenOn) : 'Not yet'}</td>
      <td>{formatShortDate(row.reviewDueOn)}</td>
    </tr>
  );
}
