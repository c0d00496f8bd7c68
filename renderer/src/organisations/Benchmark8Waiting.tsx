// One year group's pupils still to be seen for Benchmark 8, each name a way
// into their record; tick some to book them into a diary session, or see the
// same pupils in the caseload list.
import { useState } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { useNavigation } from '../app/navigation';
import { defaultCaseloadQuery } from '../caseload/caseload-query';
import { FormAlert } from '../components/FormAlert';
import { formatCount, formatNumber } from '../format/numbers';

type Props = { organisationId: string; row: Overview['benchmark8'][number] };

export function Benchmark8Waiting({ organisationId, row }: Props) {
  const { navigate } = useNavigation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const year = describeYearGroup(row.yearGroup);
  const headingId = `benchmark-waiting-${row.yearGroup}`;
  const showInCaseload = () =>
    navigate({
      name: 'caseload',
      query: { ...defaultCaseloadQuery, organisationId, yearGroup: String(row.yearGroup), benchmark8: 'not-met' },
    });
  const book = () => {
    if (chosen.length === 0) {
      setProblem(`Tick the ${year} pupils to book first.`);
      return;
    }
    const pupils = chosen
      .flatMap((id) => row.waiting.filter((pupil) => pupil.id === id))
      .map((pupil) => ({
        clientId: pupil.id,
        name: pupil.name,
        yearGroup: row.yearGroup,
        tutorGroup: pupil.tutorGroup,
      }));
    navigate({ name: 'diary-book', organisationId, pupils });
  };
  return (
    <section aria-labelledby={headingId} className="benchmark-waiting">
      <h3 id={headingId}>
        {year}: still to be seen <span className="count">({formatNumber(row.waiting.length)})</span>
      </h3>
      <ul className="name-columns">
        {row.waiting.map((pupil) => (
          <li key={pupil.id}>
            <input
              type="checkbox"
              id={`benchmark-choose-${pupil.id}`}
              aria-label={`Choose ${pupil.name} to book`}
              checked={chosen.includes(pupil.id)}
              onChange={(event) =>
                setChosen((current) =>
                  event.target.checked ? [...current, pupil.id] : current.filter((other) => other !== pupil.id),
                )
              }
            />{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ name: 'client', clientId: pupil.id })}
            >
              {pupil.name}
            </button>
            {pupil.tutorGroup ? <span className="tutor-group"> {pupil.tutorGroup}</span> : null}
          </li>
        ))}
      </ul>
      <FormAlert id={`${headingId}-problem`} message={problem} />
      <p className="actions">
        <button type="button" className="button button-quiet" onClick={book}>
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
