// Techniques used in the interview: the common ones to tick, and any the
// adviser recorded before that are not in the list.
import { techniques } from '../../../shared/guidance-models';

type Props = { chosen: string[]; onChange: (chosen: string[]) => void };

export function TechniqueChoices({ chosen, onChange }: Props) {
  const all = [...techniques, ...chosen.filter((technique) => !(techniques as readonly string[]).includes(technique))];
  const toggle = (technique: string, isChecked: boolean) =>
    onChange(isChecked ? [...chosen, technique] : chosen.filter((existing) => existing !== technique));
  return (
    <fieldset className="form-subsection">
      <legend>Techniques used</legend>
      <div className="checkbox-grid">
        {all.map((technique, index) => (
          <div key={technique} className="checkbox">
            <input
              id={`technique-${index}`}
              type="checkbox"
              checked={chosen.includes(technique)}
              onChange={(event) => toggle(technique, event.target.checked)}
            />
            <label htmlFor={`technique-${index}`}>{technique}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
