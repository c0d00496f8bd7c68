// One year group's pupils still to be seen for Benchmark 8, each name a way
// into their record; tick some to book them into a diary session, or see the
// same pupils in the caseload list.
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { useNavigation } from '../app/navigation';
import { defaultCaseloadQuery } from '../caseload/caseload-query';
import { FormAlert } from '../components/FormAlert';
import { formatCount, formatNumber } from '../format/numbers';
import { PupilChoice } from './PupilChoice';
import { usePupilsToBook } from './use-pupils-to-book';

type Props = { organisationId: string; row: Overview['benchmark8'][number] };

export function Benchmark8Waiting({ organisationId, row }: Props) {
  const { navigate } = useNavigation();
  const year = describeYearGroup(row.yearGroup);
  const headingId = `benchmark-waiting-${row.yearGroup}`;
  const { chosen, toggle, problem, book } = usePupilsToBook(organisationId, `Tick the ${year} pupils to book first.`);
  const showInCaseload = () =>
    navigate({
      name: 'caseload',
      query: { ...defaultCaseloadQuery, organisationId, yearGroup: String(row.yearGroup), benchmark8: 'not-met' },
    });
  return (
    <section aria-labelledby={headingId} className="benchmark-waiting">
      <h3 id={headingId}>
        {year}: still to be seen <span className="count">({formatNumber(row.waiting.length)})</span>
      </h3>
      <ul className="name-columns">
        {row.waiting.map((pupil) => (
          <PupilChoice
            key={pupil.id}
            pupil={pupil}
            idPrefix="benchmark-choose"
            isChosen={chosen.includes(pupil.id)}
            onToggle={(isChosen) => toggle(pupil.id, isChosen)}
          />
        ))}
      </ul>
      <FormAlert id={`${headingId}-problem`} message={problem} />
      <p className="actions">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => book(row.waiting.map((pupil) => ({ ...pupil, yearGroup: row.yearGroup })))}
        >
          Book into a session…<span className="visually-hidden"> ({year})</span>{' '}
          <span className="count">({formatCount(chosen.length, 'pupil')} chosen)</span>
        </button>
        <button
          type="button"
          className="link-button"
          onClick={showInCaseload}
          aria-label={`Show in caseload: ${year} pupils still to be seen`}
        >
          Show in caseload
        </button>
      </p>
    </section>
  );
}
