// Writing the plan with the client: their goal, the sections in their words,
// the actions (with gentle SMART hints beside them), links and pictures.
import { smartHints, type PlanAction } from '../../../shared/action-plans';
import { TextAreaField } from '../components/TextAreaField';
import { LinkFields } from './LinkFields';
import { PlanActionFields } from './PlanActionFields';
import { PlanImages } from './PlanImages';
import { PlanSectionFields } from './PlanSectionFields';
import { SmartHintList } from './SmartHintList';
import type { PlanDraft } from './use-plan-draft';

type Props = { draft: PlanDraft };

const maxActions = 100;

function newAction(): PlanAction {
  return { id: crypto.randomUUID(), text: '', owner: { kind: 'client', name: '' }, dueOn: null, status: 'to-do', notes: '', links: [], isSensitive: false, reviewComment: '' };
}

export function PlanEditor({ draft }: Props) {
  const { content, errors, update } = draft;
  const hints = smartHints(content);
  const planHints = hints.filter((hint) => hint.actionId === null);

  const addAction = () => {
    const action = newAction();
    update((current) => ({ ...current, actions: [...current.actions, action] }));
    window.requestAnimationFrame(() => document.getElementById(`plan-action-${content.actions.length}-text`)?.focus());
  };
  const removeAction = (actionId: string) => {
    update((current) => ({ ...current, actions: current.actions.filter((action) => action.id !== actionId) }));
    window.requestAnimationFrame(() => document.getElementById('plan-actions-heading')?.focus());
  };

  return (
    <>
      <section className="panel" aria-labelledby="plan-goal-heading">
        <h2 id="plan-goal-heading">Goal and where things stand</h2>
        <TextAreaField
          id="plan-goal"
          label="Goal"
          hint="In the client’s own words, to them: “You want to…”"
          value={content.goal}
          onChange={(goal) => update((current) => ({ ...current, goal }))}
          error={errors.goal}
          rows={2}
          maxLength={2_000}
        />
        {content.sections.map((section, index) => (
          <PlanSectionFields
            key={section.id}
            section={section}
            index={index}
            errors={errors}
            onChange={(changed) => update((current) => ({ ...current, sections: current.sections.map((existing) => (existing.id === changed.id ? changed : existing)) }))}
          />
        ))}
      </section>
      <section className="panel" aria-labelledby="plan-actions-heading">
        <h2 id="plan-actions-heading" tabIndex={-1} className="stage-heading">
          Actions
        </h2>
        <p className="field-hint">Who does what, by when. SMART is a guide, not a gate: the suggestions never stop the plan being saved.</p>
        <SmartHintList id="plan-hints" hints={planHints} label="Suggestions for the plan" />
        {content.actions.length === 0 ? <p className="not-recorded">No actions yet.</p> : null}
        {content.actions.map((action, index) => (
          <PlanActionFields
            key={action.id}
            action={action}
            index={index}
            errors={errors}
            hints={hints.filter((hint) => hint.actionId === action.id)}
            onChange={(changed) => update((current) => ({ ...current, actions: current.actions.map((existing) => (existing.id === changed.id ? changed : existing)) }))}
            onRemove={() => removeAction(action.id)}
          />
        ))}
        {content.actions.length < maxActions ? (
          <button type="button" className="button button-quiet" onClick={addAction}>
            Add an action
          </button>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="plan-resources-heading">
        <h2 id="plan-resources-heading">Resources</h2>
        <LinkFields
          idPrefix="plan-resource"
          errorPath="resources"
          legend="Useful links"
          links={content.resources}
          errors={errors}
          onChange={(resources) => update((current) => ({ ...current, resources }))}
          maxLinks={50}
        />
      </section>
      <PlanImages draft={draft} />
    </>
  );
}
