// The home page's follow-ups: reviews overdue or due this week, and the
// adviser's own actions from clients' plans as a to-do list (Done, Snooze).
// Nothing here is alarming: overdue is said in words, not in red.
import { useRef, useState } from 'react';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { defaultCaseloadQuery } from '../caseload/caseload-query';
import { FormAlert } from '../components/FormAlert';
import { formatDate } from '../format/dates';
import { AdviserActionItem, type ActionChange } from './AdviserActionItem';
import './follow-ups.css';

/** A calm home page: a few of each, and the rest on request. */
const homeLimit = 8;
const fullLimit = 200;

export function FollowUps() {
  const [isShowingAll, setIsShowingAll] = useState(false);
  const {
    value: followUps,
    problem: loadProblem,
    reload,
  } = useQuery('followUps.list', { limit: isShowingAll ? fullLimit : homeLimit });
  const { navigate } = useNavigation();
  const [done, setDone] = useState<ActionChange | null>(null);
  const [problem, setProblem] = useState('');
  const actionsHeadingRef = useRef<HTMLHeadingElement>(null);

  const changed = (change: ActionChange) => {
    setProblem('');
    setDone(change);
    reload();
    // The item has gone from the list: keep the keyboard in the same place.
    actionsHeadingRef.current?.focus();
  };
  const undo = async () => {
    if (!done) return;
    const result = await call('followUps.reopen', { planId: done.planId, actionId: done.actionId });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setDone(null);
    reload();
  };

  if (!followUps)
    return loadProblem ? (
      <FormAlert id="follow-ups-problem" message={`Your follow-ups could not be read. ${loadProblem}`} />
    ) : null;
  const openClient = (clientId: string) => navigate({ name: 'client', clientId });

  return (
    <div className="follow-ups">
      <section className="panel follow-ups-part" aria-labelledby="reviews-due-heading">
        <h2 id="reviews-due-heading">Reviews due</h2>
        <p className="field-hint">Overdue, and due by Sunday {formatDate(followUps.weekEndsOn)}.</p>
        {followUps.reviews.length === 0 ? (
          <p className="not-recorded">No reviews due this week.</p>
        ) : (
          <ul className="follow-up-list">
            {followUps.reviews.map((review) => (
              <li key={review.clientId}>
                <button type="button" className="link-button" onClick={() => openClient(review.clientId)}>
                  {review.clientName}
                </button>
                <span className="follow-up-meta">
                  {review.organisationName} ·{' '}
                  {review.isOverdue
                    ? `was due ${formatDate(review.reviewDueOn)}`
                    : `due ${formatDate(review.reviewDueOn)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {followUps.reviewsTotal > followUps.reviews.length ? (
          <p>
            {followUps.reviews.length} of {followUps.reviewsTotal} shown.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                navigate({ name: 'caseload', query: { ...defaultCaseloadQuery, reviewDue: 'due', sort: 'reviewDue' } })
              }
            >
              Show clients with a review due in the caseload
            </button>
          </p>
        ) : null}
      </section>
      <section className="panel follow-ups-part" aria-labelledby="adviser-actions-heading">
        <h2 id="adviser-actions-heading" ref={actionsHeadingRef} tabIndex={-1} className="stage-heading">
          Your actions
        </h2>
        <p className="field-hint">What you agreed to do in clients’ plans.</p>
        <FormAlert id="adviser-actions-problem" message={problem} />
        <div role="status" className={done ? 'notice notice-done' : 'notice-empty'}>
          {done ? (
            <p>
              {done.summary}{' '}
              <button type="button" className="link-button" onClick={() => void undo()}>
                Undo
              </button>
            </p>
          ) : null}
        </div>
        {followUps.actions.length === 0 ? (
          <p className="not-recorded">Nothing waiting for you.</p>
        ) : (
          <ul className="follow-up-list">
            {followUps.actions.map((action) => (
              <AdviserActionItem
                key={`${action.planId}:${action.actionId}`}
                action={action}
                onChanged={changed}
                onProblem={setProblem}
                onOpenClient={openClient}
              />
            ))}
          </ul>
        )}
        {followUps.actionsTotal > followUps.actions.length ? (
          <p>
            {followUps.actions.length} of {followUps.actionsTotal} shown, soonest due first.{' '}
            {isShowingAll ? null : (
              <button type="button" className="link-button" onClick={() => setIsShowingAll(true)}>
                Show all {followUps.actionsTotal}
              </button>
            )}
          </p>
        ) : null}
      </section>
    </div>
  );
}
