// The career learning competencies of the interview's framework (the
// Blueprint's eleven or the CDI framework's six areas), grouped by area, to
// tick the ones the interview touched. Tags keep the framework they were
// recorded under, so an older interview still shows its own list.
import { frameworks, type FrameworkId } from '../../../shared/progress/frameworks';

type Props = { framework: FrameworkId; chosen: number[]; onChange: (chosen: number[]) => void };

export function CompetencyChoices({ framework, chosen, onChange }: Props) {
  const { competencies, name } = frameworks[framework];
  const areas = [...new Set(competencies.map((competency) => competency.area))];
  const toggle = (number: number, isChecked: boolean) =>
    onChange(isChecked ? [...chosen, number].sort((a, b) => a - b) : chosen.filter((existing) => existing !== number));
  return (
    <fieldset className="form-subsection">
      <legend>Career learning competencies touched</legend>
      <p className="field-hint" id="competency-framework-name">
        From the {name}.
      </p>
      {areas.map((area) => (
        <fieldset key={area} className="choice-group">
          <legend>{area}</legend>
          {competencies
            .filter((competency) => competency.area === area)
            .map((competency) => (
              <div key={competency.key} className="checkbox">
                <input
                  id={`competency-${competency.number}`}
                  type="checkbox"
                  checked={chosen.includes(competency.number)}
                  onChange={(event) => toggle(competency.number, event.target.checked)}
                />
                <label htmlFor={`competency-${competency.number}`}>
                  {competency.number}. {competency.label}
                </label>
              </div>
            ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
