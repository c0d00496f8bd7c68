// Writing the plan with the client: their goal, the sections in their words,
// the actions (with gentle SMART hints beside them), links and pictures. For a
// client whose plans are in Welsh or both languages, the Welsh is written
// beside the English, and what is still to translate is listed.
import { easyReadHints, smartHints, type PlanAction } from '../../../shared/action-plans';
import { planLanguageLabels, type PlanLanguage } from '../../../shared/plan-language';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { TextAreaField } from '../components/TextAreaField';
import { BilingualPair } from './BilingualPair';
import { LinkFields } from './LinkFields';
import { PlanActionFields } from './PlanActionFields';
import { PlanImages } from './PlanImages';
import { PlanSectionFields } from './PlanSectionFields';
import { textFieldsOf } from './plan-text-fields';
import { SmartHintList } from './SmartHintList';
import type { PlanDraft } from './use-plan-draft';
import { WelshToWrite } from './WelshToWrite';

/** `language`: the client's plan language (English until their record says otherwise). */
type Props = { draft: PlanDraft; language?: PlanLanguage };

const maxActions = 100;

function newAction(): PlanAction {
  return {
    id: crypto.randomUUID(),
    text: '',
    owner: { kind: 'client', name: '' },
    dueOn: null,
    status: 'to-do',
    notes: '',
    links: [],
    isSensitive: false,
    reviewComment: '',
  };
}

/** The list with `changed` in place of the entry that has its id. */
function withChanged<Part extends { id: string }>(parts: Part[], changed: Part): Part[] {
  return parts.map((existing) => (existing.id === changed.id ? changed : existing));
}

export function PlanEditor({ draft, language = 'en' }: Props) {
  const { content, errors, update } = draft;
  const hints = smartHints(content);
  const planHints = hints.filter((hint) => hint.actionId === null);
  const easyRead = easyReadHints(content);
  const isWritingWelsh = language !== 'en';
  const settings = useQuery('settings.get', {});
  const { navigate } = useNavigation();
  const hasNoAdviserDetails =
    settings.value !== undefined && !settings.value.adviserName.trim() && !settings.value.adviserContact.trim();

  const addAction = () => {
    const action = newAction();
    update((current) => ({ ...current, actions: [...current.actions, action] }));
    window.requestAnimationFrame(() => document.getElementById(`plan-action-${content.actions.length}-text`)?.focus());
  };
  const removeAction = (actionId: string) => {
    update((current) => ({ ...current, actions: current.actions.filter((action) => action.id !== actionId) }));
    window.requestAnimationFrame(() => document.getElementById('plan-actions-heading')?.focus());
  };

  const field = textFieldsOf('plan', content, (changes) => update((current) => ({ ...current, ...changes })), errors);
  return (
    <>
      {hasNoAdviserDetails ? (
        <div className="notice notice-info" id="plan-adviser-prompt">
          <p>
            <strong>Your name and contact details are not set.</strong> Without them the plan says only “Your careers
            adviser”, and the client cannot reach you.
          </p>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => navigate({ name: 'settings' })}
          >
            Add your details in Settings
          </button>
        </div>
      ) : null}
      {isWritingWelsh ? (
        <section className="panel" aria-labelledby="plan-welsh-panel-heading">
          <h2 id="plan-welsh-panel-heading">Welsh</h2>
          <p>
            This client’s plans are in {planLanguageLabels[language]}. Write the Welsh beside the English: the headings,
            labels and dates are put into Welsh for you.
          </p>
          <WelshToWrite content={content} />
        </section>
      ) : null}
      <section className="panel" aria-labelledby="plan-goal-heading">
        <h2 id="plan-goal-heading">Goal and where things stand</h2>
        <BilingualPair
          isWritingWelsh={isWritingWelsh}
          english={
            <TextAreaField
              {...field('goal')}
              label="Goal"
              hint="In the client’s own words, to them: “You want to…”"
              rows={2}
              maxLength={2_000}
            />
          }
          welsh={
            <TextAreaField
              {...field('goalCy')}
              label="Goal in Welsh"
              hint="Eich nod: “Rydych chi eisiau…”"
              rows={2}
              maxLength={2_000}
              lang="cy"
            />
          }
        />
        {content.sections.map((section, index) => (
          <PlanSectionFields
            key={section.id}
            section={section}
            index={index}
            errors={errors}
            isWritingWelsh={isWritingWelsh}
            onChange={(changed) =>
              update((current) => ({ ...current, sections: withChanged(current.sections, changed) }))
            }
          />
        ))}
      </section>
      <section className="panel" aria-labelledby="plan-actions-heading">
        <h2 id="plan-actions-heading" tabIndex={-1} className="stage-heading">
          Actions
        </h2>
        <p className="field-hint">
          Who does what, by when. SMART is a guide, not a gate: the suggestions never stop the plan being saved.
        </p>
        <SmartHintList id="plan-hints" hints={planHints} label="Suggestions for the plan" />
        {content.actions.length === 0 ? <p className="not-recorded">No actions yet.</p> : null}
        {content.actions.map((action, index) => (
          <PlanActionFields
            key={action.id}
            action={action}
            index={index}
            errors={errors}
            hints={hints.filter((hint) => hint.actionId === action.id)}
            isWritingWelsh={isWritingWelsh}
            onChange={(changed) =>
              update((current) => ({ ...current, actions: withChanged(current.actions, changed) }))
            }
            onRemove={() => removeAction(action.id)}
          />
        ))}
        {content.actions.length < maxActions ? (
          <button type="button" className="button button-quiet" onClick={addAction}>
            Add an action
          </button>
        ) : null}
        <details className="easy-read-check" id="plan-easy-read-check">
          <summary>
            Easy-read check (
            {easyRead.length === 0
              ? 'nothing to change'
              : `${easyRead.length} ${easyRead.length === 1 ? 'suggestion' : 'suggestions'}`}
            )
          </summary>
          <p className="field-hint">
            For an easy-read copy: sentences of 15 words or fewer, no abbreviations, and saying who does each thing.
            Advice only: it never stops the plan being saved.
          </p>
          {easyRead.length === 0 ? (
            <p>Nothing to change.</p>
          ) : (
            <SmartHintList
              id="plan-easy-read-hints"
              hints={easyRead}
              label="Easy-read suggestions"
              title="For easy read"
            />
          )}
        </details>
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
