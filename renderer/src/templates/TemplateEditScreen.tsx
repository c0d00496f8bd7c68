// Editing one of the adviser's own templates: rename it, reorder, add and
// remove stages and prompts. Saving makes a new version; interviews already
// held keep the version they used.
import { useRef, useState, type FormEvent } from 'react';
import { templateInputSchema, type Template } from '../../../shared/contract/templates';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { BackLink } from '../components/BackLink';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { StageFields } from './StageFields';
import { emptyStage, moveItem, toTemplateDraft, toTemplateInput, type TemplateDraft } from './template-draft';

type Props = { templateId: string };

const maxStages = 12;

export function TemplateEditScreen({ templateId }: Props) {
  const { value: templates, problem, reload } = useQuery('templates.list', {});
  const template = templates?.find((candidate) => candidate.id === templateId);
  if (!template) {
    return (
      <>
        <BackLink fallbackLabel="Back to templates" />
        <ScreenHeading>Edit template</ScreenHeading>
        {problem ? (
          <LoadProblem what="This template" message={problem} onRetry={reload} />
        ) : templates ? (
          <p>That template is no longer here.</p>
        ) : (
          <Loading what="the template" />
        )}
      </>
    );
  }
  return <TemplateEditor key={`${template.id}-${template.version}`} template={template} />;
}

function TemplateEditor({ template }: { template: Template }) {
  const { back } = useNavigation();
  const [draft, setDraft] = useState<TemplateDraft>(() => toTemplateDraft(template));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);

  const setStage = (index: number, stage: TemplateDraft['stages'][number]) =>
    setDraft((current) => ({
      ...current,
      stages: current.stages.map((existing, at) => (at === index ? stage : existing)),
    }));
  const moveStage = (from: number, to: number) => {
    const key = draft.stages[from]?.key;
    setDraft((current) => ({ ...current, stages: moveItem(current.stages, from, to) }));
    // Keep the keyboard on the stage that moved; at the top or bottom, on the button that still works.
    window.requestAnimationFrame(() => {
      const same = document.getElementById(`stage-${key}-${to < from ? 'up' : 'down'}`);
      const other = document.getElementById(`stage-${key}-${to < from ? 'down' : 'up'}`);
      (same instanceof HTMLButtonElement && !same.disabled ? same : other)?.focus();
    });
  };
  const removeStage = (index: number) => {
    setDraft((current) => ({ ...current, stages: current.stages.filter((_, at) => at !== index) }));
    window.requestAnimationFrame(() => document.getElementById('template-name')?.focus());
  };
  const addStage = () => {
    const stage = emptyStage();
    setDraft((current) => ({ ...current, stages: [...current.stages, stage] }));
    window.requestAnimationFrame(() => document.getElementById(`stage-${stage.key}-title`)?.focus());
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      const input = toTemplateInput(template.id, draft);
      const checked = templateInputSchema.safeParse(input);
      if (!checked.success) {
        setErrors(fieldErrorsFrom(checked.error.issues));
        window.requestAnimationFrame(() => focusFirstInvalid(formRef.current));
        return;
      }
      setErrors({});
      const result = await call('templates.save', checked.data);
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      back({ name: 'templates', notice: `Saved “${result.value.name}” as version ${result.value.version}.` });
    });
  };

  return (
    <>
      <BackLink fallbackLabel="Back to templates" />
      <ScreenHeading>Edit “{template.name}”</ScreenHeading>
      <p className="screen-subtitle">
        Version {template.version}. Saving makes version {template.version + 1}; interviews already held keep the
        version they used.
      </p>
      <form ref={formRef} onSubmit={save} noValidate className="record-form">
        <TextField
          id="template-name"
          label="Template name"
          value={draft.name}
          onChange={(name) => setDraft((current) => ({ ...current, name }))}
          error={errors.name}
          inputProps={{ maxLength: 100 }}
        />
        {draft.stages.map((stage, index) => (
          <StageFields
            key={stage.key}
            stage={stage}
            index={index}
            count={draft.stages.length}
            errors={errors}
            onChange={(changed) => setStage(index, changed)}
            onMove={(to) => moveStage(index, to)}
            onRemove={() => removeStage(index)}
          />
        ))}
        {errors.stages ? <p className="field-error">{errors.stages}</p> : null}
        {draft.stages.length < maxStages ? (
          <p>
            <button type="button" className="button button-quiet" onClick={addStage}>
              Add a stage
            </button>
          </p>
        ) : null}
        <FormAlert id="template-problem" message={problem} />
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          Save template
        </SubmitButton>
      </form>
    </>
  );
}
