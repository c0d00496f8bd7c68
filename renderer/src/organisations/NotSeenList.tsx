// Pupils not yet seen this academic year, each a way into their record.
import { describeYearGroup } from '../../../shared/caseload';
import type { Overview } from '../api/contract-types';
import { useNavigation } from '../app/navigation';
import { defaultCaseloadQuery } from '../caseload/caseload-query';
import { formatNumber } from '../format/numbers';

type Props = { organisationId: string; notSeen: Overview['notSeen'] };

/** Main sends at most this many; the caseload list (virtualised) shows them all. */
const notSeenLimit = 1_000;

export function NotSeenList({ organisationId, notSeen }: Props) {
  const { navigate } = useNavigation();
  const showInCaseload = () => navigate({ name: 'caseload', query: { ...defaultCaseloadQuery, organisationId, seen: 'not-seen' } });
  return (
    <section className="panel" aria-labelledby="not-seen-heading">
      <h2 id="not-seen-heading">Not seen yet this academic year</h2>
      {notSeen.length === 0 ? (
        <p>Everyone here has been seen this academic year.</p>
      ) : (
        <>
          <p>
            {notSeen.length >= notSeenLimit ? `The first ${formatNumber(notSeenLimit)}` : formatNumber(notSeen.length)} {notSeen.length === 1 ? 'pupil' : 'pupils'}, by year group.{' '}
            <button type="button" className="link-button" onClick={showInCaseload}>
              Show them in the caseload list
            </button>
          </p>
          <table className="data-table data-table-full">
            <caption className="visually-hidden">Pupils not seen yet this academic year</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Year group</th>
                <th scope="col">Tutor group</th>
              </tr>
            </thead>
            <tbody>
              {notSeen.map((pupil) => (
                <tr key={pupil.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => navigate({ name: 'client', clientId: pupil.id })}>
                      {pupil.name}
                    </button>
                  </th>
                  <td>{describeYearGroup(pupil.yearGroup)}</td>
                  <td>{pupil.tutorGroup}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
