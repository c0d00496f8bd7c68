// An organisation's sessions from today on, on its overview, and planning
// another there: the way from a school's page into its days in the diary.
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { LoadProblem } from '../components/LoadProblem';
import { PageLink } from '../components/PageLink';
import { todayInLondon } from '../format/dates';
import { describeCounts, formatDayDate, formatTimes } from './diary-format';
import { diarySessionKindLabels } from '../../../shared/diary';
import './diary.css';

/** Enough to see the next few school days; the diary's week shows the rest. */
const shownSessions = 5;

export function OrganisationDiary({ organisationId }: { organisationId: string }) {
  const upcoming = useQuery('diary.upcoming', { organisationId, from: todayInLondon() });
  const { navigate } = useNavigation();
  const sessions = (upcoming.value ?? []).slice(0, shownSessions);
  return (
    <section className="panel" aria-labelledby="organisation-diary-heading">
      <div className="diary-today-session-top">
        <h2 id="organisation-diary-heading">In the diary</h2>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => navigate({ name: 'diary-session', organisationId })}
        >
          Plan a session here
        </button>
      </div>
      {upcoming.problem ? <LoadProblem what="The diary" message={upcoming.problem} onRetry={upcoming.reload} /> : null}
      {upcoming.value && sessions.length === 0 ? <p>No sessions planned here from today.</p> : null}
      {sessions.length > 0 ? (
        <ul className="plain-list diary-appointments">
          {sessions.map((session) => (
            <li key={session.id}>
              <PageLink to={{ name: 'diary-session', sessionId: session.id }}>
                {formatDayDate(session.heldOn)}, {formatTimes(session)}
              </PageLink>{' '}
              <span className="diary-soft">
                · {diarySessionKindLabels[session.kind]} · {describeCounts(session.counts)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
