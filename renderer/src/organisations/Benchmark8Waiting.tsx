// One year group's pupils still to be seen for Benchmark 8, each name a way
// into their record, and the same pupils in the caseload list.
// (Booking them into a slot belongs to the diary, which Waymark does not have yet.)
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { useNavigation } from '../app/navigation';
import { defaultCaseloadQuery } from '../caseload/caseload-query';
import { formatNumber } from '../format/numbers';

type Props = { organisationId: string; row: Overview['benchmark8'][number] };

export function Benchmark8Waiting({ organisationId, row }: Props) {
  const { navigate } = useNavigation();
  const year = describeYearGroup(row.yearGroup);
  const headingId = `benchmark-waiting-${row.yearGroup}`;
  const showInCaseload = () =>
    navigate({ name: 'caseload', query: { ...defaultCaseloadQuery, organisationId, yearGroup: String(row.yearGroup), benchmark8: 'not-met' } });
  return (
    <section aria-labelledby={headingId} className="benchmark-waiting">
      <h3 id={headingId}>
        {year}: still to be seen <span className="count">({formatNumber(row.waiting.length)})</span>
      </h3>
      <ul className="name-columns">
        {row.waiting.map((pupil) => (
          <li key={pupil.id}>
            <button type="button" className="link-button" onClick={() => navigate({ name: 'client', clientId: pupil.id })}>
              {pupil.name}
            </button>
            {pupil.tutorGroup ? <span className="tutor-group"> {pupil.tutorGroup}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="link-button" onClick={showInCaseload} aria-label={`Show in caseload: ${year} pupils still to be seen`}>
          Show in caseload
        </button>
      </p>
    </section>
  );
}
