// An organisation's figures for the academic year: pupils seen by year group,
// Benchmark 8 coverage, and hours used against hours bought.
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { formatHours, formatNumber } from '../format/numbers';

const interviewWords = (count: number) => (count === 1 ? 'at least one guidance interview' : `at least ${count === 2 ? 'two' : formatNumber(count)} guidance interviews`);

function benchmarkSentence({ yearGroup, interviewsNeeded, pupils, met }: Overview['benchmark8'][number]): string {
  const year = describeYearGroup(yearGroup);
  if (pupils === 0) return `There are no ${year} pupils here.`;
  if (met === pupils) return `Every ${year} pupil has had ${interviewWords(interviewsNeeded)}.`;
  const still = pupils - met;
  return `${formatNumber(met)} of ${formatNumber(pupils)} ${year} pupils have had ${interviewWords(interviewsNeeded)}; ${formatNumber(still)} still ${still === 1 ? 'needs' : 'need'} ${interviewsNeeded === 1 ? 'one' : 'them'}.`;
}

export function CoverageTables({ overview }: { overview: Overview }) {
  const totals = overview.yearGroups.reduce(
    (sum, group) => ({ pupils: sum.pupils + group.pupils, seenThisYear: sum.seenThisYear + group.seenThisYear, seenEver: sum.seenEver + group.seenEver }),
    { pupils: 0, seenThisYear: 0, seenEver: 0 },
  );
  return (
    <section className="panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Academic year {overview.academicYear}</h2>
      {overview.yearGroups.length === 0 ? (
        <p className="not-recorded">No pupils here yet. Import a roll or add clients to see who has been seen.</p>
      ) : (
        <table className="data-table data-table-full" data-testid="year-group-table">
          <caption>Pupils seen, by year group</caption>
          <thead>
            <tr>
              <th scope="col">Year group</th>
              <th scope="col" className="numeric">
                Pupils
              </th>
              <th scope="col" className="numeric">
                Seen this academic year
              </th>
              <th scope="col" className="numeric">
                Seen ever
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.yearGroups.map((group) => (
              <tr key={group.yearGroup ?? 'adult'}>
                <th scope="row">{describeYearGroup(group.yearGroup)}</th>
                <td className="numeric">{formatNumber(group.pupils)}</td>
                <td className="numeric">{formatNumber(group.seenThisYear)}</td>
                <td className="numeric">{formatNumber(group.seenEver)}</td>
              </tr>
            ))}
          </tbody>
          {overview.yearGroups.length > 1 ? (
            <tfoot>
              <tr>
                <th scope="row">All year groups</th>
                <td className="numeric">{formatNumber(totals.pupils)}</td>
                <td className="numeric">{formatNumber(totals.seenThisYear)}</td>
                <td className="numeric">{formatNumber(totals.seenEver)}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      )}

      <h3>Benchmark 8</h3>
      <p className="field-hint">Every pupil has a guidance interview by the end of Year 11, and the chance of a further one by the end of Year 13.</p>
      <table className="data-table data-table-full" data-testid="benchmark-table">
        <caption className="visually-hidden">Benchmark 8 coverage</caption>
        <thead>
          <tr>
            <th scope="col">Year group</th>
            <th scope="col">Interviews needed</th>
            <th scope="col" className="numeric">
              Pupils who have had them
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.benchmark8.map((row) => (
            <tr key={row.yearGroup}>
              <th scope="row">{describeYearGroup(row.yearGroup)}</th>
              <td>{row.interviewsNeeded === 1 ? 'At least one' : 'At least two'}</td>
              <td className="numeric">
                {formatNumber(row.met)} of {formatNumber(row.pupils)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="plain-list">
        {overview.benchmark8.map((row) => (
          <li key={row.yearGroup}>{benchmarkSentence(row)}</li>
        ))}
      </ul>

      <h3>Hours</h3>
      <p data-testid="hours">
        {overview.hoursBought === null
          ? `${formatHours(overview.hoursUsed)} used this academic year. The agreement does not say how many hours were bought.`
          : `${formatHours(overview.hoursUsed)} used of ${formatHours(overview.hoursBought)} bought this academic year.`}
      </p>
    </section>
  );
}
