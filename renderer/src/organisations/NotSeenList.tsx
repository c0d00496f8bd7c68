// Pupils not yet seen this academic year, grouped by year group, each name a
// way into their record; tick some to book them into a diary session.
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { useNavigation } from '../app/navigation';
import { defaultCaseloadQuery } from '../caseload/caseload-query';
import { FormAlert } from '../components/FormAlert';
import { formatCount, formatNumber } from '../format/numbers';
import { PupilChoice } from './PupilChoice';
import { usePupilsToBook } from './use-pupils-to-book';

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
  const { chosen, toggle, problem, book } = usePupilsToBook(organisationId, 'Tick the pupils to book first.');
  const showInCaseload = () =>
    navigate({ name: 'caseload', query: { ...defaultCaseloadQuery, organisationId, seen: 'not-seen' } });
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
                    <PupilChoice
                      key={pupil.id}
                      pupil={pupil}
                      idPrefix="not-seen-choose"
                      className="not-seen-choice"
                      isChosen={chosen.includes(pupil.id)}
                      onToggle={(isChosen) => toggle(pupil.id, isChosen)}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          <FormAlert id="not-seen-problem" message={problem} />
          <div className="actions">
            <button type="button" className="button" onClick={() => book(notSeen)}>
              Book into a session… <span className="count">({formatCount(chosen.length, 'pupil')} chosen)</span>
            </button>
          </div>
        </>
      )}
    </section>
  );
}
