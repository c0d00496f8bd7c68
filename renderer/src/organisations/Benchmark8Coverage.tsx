// Gatsby Benchmark 8 coverage ("x of y", and the same in a sentence) and the
// pupils each year group still has to see.
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { DataTable } from '../components/DataTable';
import { formatNumber } from '../format/numbers';
import { Benchmark8Waiting } from './Benchmark8Waiting';

type Benchmark = Overview['benchmark8'][number];

const interviewWords = (count: number) =>
  count === 1
    ? 'at least one guidance interview'
    : `at least ${count === 2 ? 'two' : formatNumber(count)} guidance interviews`;

function benchmarkSentence({ yearGroup, interviewsNeeded, pupils, met }: Benchmark): string {
  const year = describeYearGroup(yearGroup);
  if (pupils === 0) return `There are no ${year} pupils here.`;
  if (met === pupils) return `Every ${year} pupil has had ${interviewWords(interviewsNeeded)}.`;
  const waiting = pupils - met;
  const stillNeed =
    interviewsNeeded === 1
      ? waiting === 1
        ? 'needs to be seen'
        : 'need to be seen'
      : waiting === 1
        ? 'has not had two yet'
        : 'have not had two yet';
  return `${formatNumber(met)} of ${formatNumber(pupils)} ${year} pupils have had ${interviewWords(interviewsNeeded)}; ${formatNumber(waiting)} still ${stillNeed}.`;
}

type Props = { overview: Overview; organisationId: string };

export function Benchmark8Coverage({ overview, organisationId }: Props) {
  return (
    <section className="panel" aria-labelledby="benchmark-heading">
      <h2 id="benchmark-heading">Benchmark 8</h2>
      <p className="field-hint">
        Every pupil has a guidance interview by the end of Year 11, and the chance of a further one by the end of Year
        13.
      </p>
      <DataTable
        caption="Benchmark 8 coverage"
        isCaptionHidden
        columns={['Year group', 'Interviews needed', { label: 'Pupils who have had them', isNumeric: true }]}
        data-testid="benchmark-table"
      >
        {overview.benchmark8.map((row) => (
          <tr key={row.yearGroup}>
            <th scope="row">{describeYearGroup(row.yearGroup)}</th>
            <td>{row.interviewsNeeded === 1 ? 'At least one' : 'At least two'}</td>
            <td className="numeric">
              {formatNumber(row.met)} of {formatNumber(row.pupils)}
            </td>
          </tr>
        ))}
      </DataTable>
      <ul className="plain-list">
        {overview.benchmark8.map((row) => (
          <li key={row.yearGroup}>{benchmarkSentence(row)}</li>
        ))}
      </ul>
      {overview.benchmark8.map((row) =>
        row.waiting.length > 0 ? (
          <Benchmark8Waiting key={row.yearGroup} organisationId={organisationId} row={row} />
        ) : null,
      )}
    </section>
  );
}
