// The actions agreed last time, shown first so they are reviewed before
// anything new is planned.
import { useQuery } from '../api/use-query';
import { PageLink } from '../components/PageLink';
import { formatDate } from '../format/dates';
import { ActionWords } from './ActionWords';

type Props = { clientId: string; interviewId: string };

export function PreviousActions({ clientId, interviewId }: Props) {
  const { value: actions } = useQuery('interviews.previousActions', { clientId, beforeInterviewId: interviewId });
  const { value: plan } = useQuery('plans.forClient', { clientId });
  const hasFinalisedPlan = (plan?.plan?.versions.length ?? 0) > 0;
  if (!actions || actions.length === 0) return null;
  const heldOn = actions[0]?.heldOn ?? '';
  return (
    <section className="side-panel previous-actions" aria-labelledby="previous-actions-heading">
      <h2 id="previous-actions-heading">From last time</h2>
      <p className="side-panel-intro">Actions agreed on {formatDate(heldOn)}. Start by asking how they went.</p>
      <ul className="action-list">
        {actions.map((action) => (
          <li key={action.id}>
            <ActionWords action={action} />
          </li>
        ))}
      </ul>
      {hasFinalisedPlan ? (
        <PageLink to={{ name: 'plan', clientId, fromInterviewId: interviewId, view: 'review' }}>
          Record how they went in the action plan
        </PageLink>
      ) : null}
    </section>
  );
}
