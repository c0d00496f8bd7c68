// An organisation's group sessions on its overview: the most recent, each a
// way in, and recording a new one.
import { groupSessionKindLabels } from '../../../shared/contract/group-sessions';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { PageLink } from '../components/PageLink';
import { formatDate } from '../format/dates';
import { formatCount } from '../format/numbers';
import './group-sessions.css';
import { LoadingOrProblem } from '../components/LoadingOrProblem';

/** The overview shows the latest few; older ones stay in the vault and on pupils' timelines. */
const shownLimit = 10;

export function GroupSessionsPanel({ organisationId }: { organisationId: string }) {
  const sessions = useQuery('groupSessions.list', { organisationId });
  const { navigate } = useNavigation();
  return (
    <section className="panel" aria-labelledby="group-sessions-heading">
      <h2 id="group-sessions-heading">Group sessions and drop-ins</h2>
      <p className="field-hint">
        Each pupil attending counts as seen (core provision). Benchmark 8 counts only guidance interviews.
      </p>
      {!sessions.value ? (
        <LoadingOrProblem query={sessions} what="group sessions" problemWhat="The group sessions" />
      ) : sessions.value.length === 0 ? (
        <p className="not-recorded">No group sessions recorded.</p>
      ) : (
        <ul className="plain-list group-session-list">
          {sessions.value.slice(0, shownLimit).map((session) => (
            <li key={session.id}>
              <PageLink to={{ name: 'group-session', organisationId, sessionId: session.id }}>
                {formatDate(session.heldOn)}: {session.title || groupSessionKindLabels[session.kind]}
              </PageLink>{' '}
              <span className="group-session-detail">
                {groupSessionKindLabels[session.kind]}, {formatCount(session.attendeeCount, 'pupil')}
                {session.minutes ? `, ${session.minutes} minutes` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {sessions.value && sessions.value.length > shownLimit ? (
        <p className="field-hint">
          The {shownLimit} most recent of {sessions.value.length} are shown.
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => navigate({ name: 'group-session', organisationId })}>
          Record a group session
        </button>
      </div>
    </section>
  );
}
