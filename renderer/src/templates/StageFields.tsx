// One stage of a template being edited: its title, purpose and prompts, and
// buttons to move or remove it.
import { fieldsOf } from '../app/draft-fields';
import { errorsWithin } from '../app/field-errors';
import type { FormPartProps } from '../app/record-form';
import { TextField } from '../components/TextField';
import { newKey, type StageDraft } from './template-draft';

type Props = FormPartProps<StageDraft> & {
  stage: StageDraft;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
};

const maxPrompts = 12;

export function StageFields({ stage, index, count, errors, onChange, onMove, onRemove }: Props) {
  const id = `stage-${stage.key}`;
  const name = stage.title.trim() || `stage ${index + 1}`;
  const stageErrors = errorsWithin(errors, `stages.${index}`);
  const field = fieldsOf(id, stage, (changes) => onChange({ ...stage, ...changes }), stageErrors);
  const setPrompt = (at: number, text: string) =>
    onChange({
      ...stage,
      prompts: stage.prompts.map((prompt, promptIndex) => (promptIndex === at ? { ...prompt, text } : prompt)),
    });
  const addPrompt = () => {
    const key = newKey();
    onChange({ ...stage, prompts: [...stage.prompts, { key, text: '' }] });
    window.requestAnimationFrame(() => document.getElementById(`prompt-${key}`)?.focus());
  };
  return (
    <fieldset className="form-section stage-fields" id={id}>
      <legend>
        Stage {index + 1}
        {stage.title.trim() ? `: ${stage.title.trim()}` : ''}
      </legend>
      <TextField {...field('title')} label="Title" inputProps={{ maxLength: 100 }} />
      <TextField
        {...field('purpose')}
        label="Purpose"
        hint="One line on what this stage is for."
        inputProps={{ maxLength: 300 }}
      />
      <fieldset className="form-subsection">
        <legend>Prompts</legend>
        {stage.prompts.map((prompt, promptIndex) => (
          <div key={prompt.key} className="prompt-row">
            <TextField
              id={`prompt-${prompt.key}`}
              label={`Prompt ${promptIndex + 1}`}
              value={prompt.text}
              onChange={(text) => setPrompt(promptIndex, text)}
              error={stageErrors[`prompts.${promptIndex}`]}
              inputProps={{ maxLength: 300 }}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => onChange({ ...stage, prompts: stage.prompts.filter((_, at) => at !== promptIndex) })}
            >
              Remove
              <span className="visually-hidden">
                {' '}
                prompt {promptIndex + 1} of {name}
              </span>
            </button>
          </div>
        ))}
        {stageErrors.prompts ? <p className="field-error">{stageErrors.prompts}</p> : null}
        {stage.prompts.length < maxPrompts ? (
          <button type="button" className="button button-quiet" onClick={addPrompt}>
            Add a prompt<span className="visually-hidden"> to {name}</span>
          </button>
        ) : null}
      </fieldset>
      <div className="actions stage-field-actions">
        <button
          id={`${id}-up`}
          type="button"
          className="button button-quiet"
          onClick={() => onMove(index - 1)}
          disabled={index === 0}
        >
          Move up<span className="visually-hidden"> {name}</span>
        </button>
        <button
          id={`${id}-down`}
          type="button"
          className="button button-quiet"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
        >
          Move down<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button-quiet" onClick={onRemove} disabled={count === 1}>
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </fieldset>
  );
}
