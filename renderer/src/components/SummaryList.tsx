// Details as term and value, one row each ("Date of birth", "12 March 2010"):
// a client's details, what a handover file holds, whom to report to.
import type { ReactNode } from 'react';

export type SummaryEntry = readonly [term: string, detail: ReactNode];

export function SummaryList({ entries }: { entries: readonly SummaryEntry[] }) {
  return (
    <dl className="summary-list">
      {entries.map(([term, detail], index) => (
        // A term may stand twice (two contacts in the same role).
        <div key={`${term}-${index}`} className="summary-row">
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
