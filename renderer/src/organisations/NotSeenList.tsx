// Pupils not yet seen this academic year, grouped by year group, each name a
// way into their record; tick some to book them into a diary session.
import { useState } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { useNavigation } from '../app/navigation';
import { defaultCaseloadQuery } from '../caseload/caseload-query';
import { FormAlert } from '../components/FormAlert';
import { formatCount, formatNumber } from '../format/numbers';

type Props = { organisationId: string; notSeen: Overview['notSeen'] };

/** Main sends at most this many; the caseload list (virtualised) shows them all. */
const notSeenLimit = 1_000;

function groupByYear(notSeen: Overview['notSeen']): [number | null, Overview['notSeen']][] {
  const groups = new Map<number | null, Overview['notSeen']>();
  for (const pupil of notSeen) groups.set(pupil.yearGroup, [...(groups.get(pupil.yearGroup) ?? []), pupil]);
  return [...groups.entries()];
}

export function NotSeenList({ organisationId, notSeen }: Props) {
  const { navigate } = useNavigation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const showInCaseload = () =>
    navigate({ name: 'caseload', query: { ...defaultCaseloadQuery, organisationId, seen: 'not-seen' } });
  const toggle = (id: string, isChosen: boolean) =>
    setChosen((current) => (isChosen ? [...current, id] : current.filter((other) => other !== id)));
  const book = () => {
    if (chosen.length === 0) {
      setProblem('Tick the pupils to book first.');
      return;
    }
    const pupils = chosen
      .flatMap((id) => notSeen.filter((pupil) => pupil.id === id))
      .map((pupil) => ({
        clientId: pupil.id,
        name: pupil.name,
        yearGroup: pupil.yearGroup,
        tutorGroup: pupil.tutorGroup,
      }));
    navigate({ name: 'diary-book', organisationId, pupils });
  };
  return (
    <section className="panel" aria-labelledby="not-seen-heading">
      <h2 id="not-seen-heading">Not seen yet this academic year</h2>
      {notSeen.length === 0 ? (
        <p>Everyone here has been seen this academic year.</p>
      ) : (
        <>
          <p>
            {notSeen.length >= notSeenLimit
              ? `The first ${formatNumber(notSeenLimit)} pupils.`
              : `${formatCount(notSeen.length, 'pupil')}.`}{' '}
            <button type="button" className="link-button" onClick={showInCaseload}>
              Show them in the caseload list
            </button>
          </p>
          {groupByYear(notSeen).map(([yearGroup, pupils]) => {
            const headingId = `not-seen-${yearGroup ?? 'adult'}`;
            return (
              <section key={headingId} aria-labelledby={headingId} className="not-seen-group">
                <h3 id={headingId}>
                  {describeYearGroup(yearGroup)} <span className="count">({formatNumber(pupils.length)})</span>
                </h3>
                <ul className="name-columns">
                  {pupils.map((pupil) => (
                    <li key={pupil.id}>
                      <input
                        type="checkbox"
                        className="not-seen-choice"
                        id={`not-seen-choose-${pupil.id}`}
                        aria-label={`Choose ${pupil.name} to book`}
                        checked={chosen.includes(pupil.id)}
                        onChange={(event) => toggle(pupil.id, event.target.checked)}
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
              </section>
            );
          })}
          <FormAlert id="not-seen-problem" message={problem} />
          <div className="actions">
            <button type="button" className="button" onClick={book}>
              Book into a session… <span className="count">({formatCount(chosen.length, 'pupil')} chosen)</span>
            </button>
          </div>
        </>
      )}
    </section>
  );
}
