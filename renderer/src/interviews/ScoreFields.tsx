// Scaling scores (1 to 10) with what each one measures, so confidence can be
// followed from one interview to the next.
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import type { FieldErrors } from '../app/field-errors';
import { isUnfinishedScore, type ScoreDraft } from './details-draft';

type Props = { scores: ScoreDraft[]; errors: FieldErrors; onChange: (scores: ScoreDraft[]) => void };

const scoreOptions = [
  { value: '', label: 'Choose' },
  ...Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: String(index + 1) })),
];
const maxScores = 10;

export function ScoreFields({ scores, errors, onChange }: Props) {
  const update = (index: number, change: Partial<ScoreDraft>) =>
    onChange(scores.map((score, at) => (at === index ? { ...score, ...change } : score)));
  const add = () => {
    const used = new Set(scores.map((score) => score.label));
    onChange([...scores, { label: used.has('Confidence') ? '' : 'Confidence', score: '' }]);
    window.requestAnimationFrame(() => document.getElementById(`score-${scores.length}-value`)?.focus());
  };
  return (
    <fieldset className="form-subsection">
      <legend>Scaling scores</legend>
      <p className="field-hint">
        Where they place themselves from 1 to 10, for example how confident they feel about their next step.
      </p>
      {scores.map((score, index) => (
        <fieldset key={index} className="score-row">
          <legend className="visually-hidden">Score {index + 1}</legend>
          <TextField
            id={`score-${index}-label`}
            label="What is scored"
            value={score.label}
            onChange={(label) => update(index, { label })}
            error={errors[`scores.${index}.label`]}
            inputProps={{ maxLength: 60 }}
          />
          <SelectField
            id={`score-${index}-value`}
            label="Score (1 to 10)"
            value={score.score}
            options={scoreOptions}
            onChange={(value) => update(index, { score: value })}
            error={errors[`scores.${index}.score`]}
            hint={isUnfinishedScore(score) ? 'Saved once a score is chosen.' : undefined}
          />
          <button
            type="button"
            className="link-button score-remove"
            onClick={() => onChange(scores.filter((_, at) => at !== index))}
          >
            Remove<span className="visually-hidden"> score {index + 1}</span>
          </button>
        </fieldset>
      ))}
      {scores.length < maxScores ? (
        <button type="button" className="button button-quiet" onClick={add}>
          Add a score
        </button>
      ) : null}
    </fieldset>
  );
}
