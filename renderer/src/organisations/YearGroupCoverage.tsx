// Pupils seen this academic year and ever, by year group.
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { DataTable } from '../components/DataTable';
import { formatNumber } from '../format/numbers';

export function YearGroupCoverage({ overview }: { overview: Overview }) {
  const totals = overview.yearGroups.reduce(
    (sum, group) => ({
      pupils: sum.pupils + group.pupils,
      seenThisYear: sum.seenThisYear + group.seenThisYear,
      seenEver: sum.seenEver + group.seenEver,
    }),
    { pupils: 0, seenThisYear: 0, seenEver: 0 },
  );
  return (
    <section className="panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Academic year {overview.academicYear}</h2>
      {overview.yearGroups.length === 0 ? (
        <p className="not-recorded">No pupils here yet. Import a roll or add clients to see who has been seen.</p>
      ) : (
        <DataTable
          caption="Pupils seen, by year group"
          columns={[
            'Year group',
            { label: 'Pupils', isNumeric: true },
            { label: 'Seen this academic year', isNumeric: true },
            { label: 'Seen ever', isNumeric: true },
          ]}
          data-testid="year-group-table"
          foot={
            overview.yearGroups.length > 1 ? (
              <tr>
                <th scope="row">All year groups</th>
                <td className="numeric">{formatNumber(totals.pupils)}</td>
                <td className="numeric">{formatNumber(totals.seenThisYear)}</td>
                <td className="numeric">{formatNumber(totals.seenEver)}</td>
              </tr>
            ) : null
          }
        >
          {overview.yearGroups.map((group) => (
            <tr key={group.yearGroup ?? 'adult'}>
              <th scope="row">{describeYearGroup(group.yearGroup)}</th>
              <td className="numeric">{formatNumber(group.pupils)}</td>
              <td className="numeric">{formatNumber(group.seenThisYear)}</td>
              <td className="numeric">{formatNumber(group.seenEver)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
