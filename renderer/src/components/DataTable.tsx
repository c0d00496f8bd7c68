// A table of records (disclosures, versions, invoices, kept clients): its
// caption, one heading a column, then the rows the screen draws itself, since
// each screen knows what its row says. Headings are written once here so every
// list reads the same to a screen reader.
import type { ReactNode, TableHTMLAttributes } from 'react';

/**
 * A column's heading. `isNumeric` right-aligns figures; `isHidden` keeps the
 * heading for screen readers only, over a column of buttons.
 */
export type DataColumn = string | { label: string; isNumeric?: boolean; isHidden?: boolean };

type Props = Omit<TableHTMLAttributes<HTMLTableElement>, 'children'> & {
  /** A caption a sighted reader needs, or, with `isCaptionHidden`, one that names the table for screen readers. */
  caption?: ReactNode;
  isCaptionHidden?: boolean;
  /** `null` leaves a column out (one shown only sometimes, such as VAT). */
  columns: readonly (DataColumn | null)[];
  /** The rows, each a `<tr>`. */
  children: ReactNode;
  /** A totals row under them, where there is one. */
  foot?: ReactNode;
};

export function DataTable({
  caption,
  isCaptionHidden = false,
  columns,
  children,
  foot,
  className = 'data-table data-table-full',
  ...table
}: Props) {
  return (
    <table className={className} {...table}>
      {caption === undefined ? null : (
        <caption className={isCaptionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((column, index) => (column === null ? null : <ColumnHeading key={index} column={column} />))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
}

function ColumnHeading({ column }: { column: DataColumn }) {
  if (typeof column === 'string') return <th scope="col">{column}</th>;
  return (
    <th scope="col" className={column.isNumeric ? 'numeric' : undefined}>
      {column.isHidden ? <span className="visually-hidden">{column.label}</span> : column.label}
    </th>
  );
}
