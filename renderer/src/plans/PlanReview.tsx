// Recording outcomes at a later meeting: each action from the last version
// gets an outcome and a word on what happened, then Finalise makes the next
// version. Starting is a deliberate step: it opens a new draft.
import { useState } from 'react';
import { actionStatusLabels, describeOwner, type ActionStatus, type PlanAction } from '../../../shared/action-plans';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { TextAreaField } from '../components/TextAreaField';
import { formatDate } from '../format/dates';
import type { PlanDraft } from './use-plan-draft';

type Props = { draft: PlanDraft };

const outcomes: ActionStatus[] = ['done', 'in-progress', 'changed', 'dropped', 'to-do'];

export function PlanReview({ draft }: Props) {
  const { plan, content, errors, update, accept, autosave } = draft;
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const latest = plan.versions.at(-1);

  const start = () =>
    void run(async () => {
      setProblem('');
      await autosave.flush();
      const result = await call('plans.startReview', { planId: plan.id });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      accept(result.value, { isContentReplaced: true });
      window.requestAnimationFrame(() => document.getElementById('review-heading')?.focus());
    });

  const updateAction = (actionId: string, change: Partial<PlanAction>) =>
    update((current) => ({
      ...current,
      actions: current.actions.map((action) => (action.id === actionId ? { ...action, ...change } : action)),
    }));

  if (!latest) {
    return (
      <section className="panel" aria-labelledby="review-heading">
        <h2 id="review-heading">Record outcomes</h2>
        <p>
          Finalise the plan once first. At a later meeting, this is where you record what happened to each of its
          actions.
        </p>
      </section>
    );
  }

  if (!plan.hasUnfinalisedChanges) {
    return (
      <section className="panel" aria-labelledby="review-heading">
        <h2 id="review-heading" tabIndex={-1} className="stage-heading">
          Record outcomes
        </h2>
        <p>
          At a later meeting, go through the actions of version {latest.number} with the client and record what happened
          with each one. This starts a new draft from version {latest.number}; version {latest.number} itself stays as
          it was agreed, and finalising the draft makes version {latest.number + 1}.
        </p>
        <FormAlert id="review-problem" message={problem} />
        <BusyButton isBusy={isBusy} busyLabel="Starting…" onClick={start}>
          {`Record outcomes for version ${latest.number}`}
        </BusyButton>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1} className="stage-heading">
        Outcomes of version {latest.number}
      </h2>
      <p>For each action, choose what happened and add a word about it. New actions can be added under Edit.</p>
      {content.actions.length === 0 ? <p className="not-recorded">This plan has no actions to review.</p> : null}
      {content.actions.map((action, index) => (
        <fieldset key={action.id} className="form-section review-action">
          <legend>{action.text || `Action ${index + 1}`}</legend>
          <p className="action-meta">
            {describeOwner(action.owner)}
            {action.dueOn ? `, by ${formatDate(action.dueOn)}` : ''}
          </p>
          <fieldset className="form-subsection outcome-choices">
            <legend>Outcome</legend>
            <div className="radio-row">
              {outcomes.map((status) => (
                <div key={status} className="radio">
                  <input
                    id={`review-${index}-${status}`}
                    type="radio"
                    name={`review-${index}`}
                    value={status}
                    checked={action.status === status}
                    onChange={() => updateAction(action.id, { status })}
                  />
                  <label htmlFor={`review-${index}-${status}`}>{actionStatusLabels[status]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <TextAreaField
            id={`review-${index}-comment`}
            label="What happened"
            value={action.reviewComment}
            onChange={(reviewComment) => updateAction(action.id, { reviewComment })}
            error={errors[`actions.${index}.reviewComment`]}
            rows={2}
            maxLength={2_000}
          />
        </fieldset>
      ))}
    </section>
  );
}
