// The Blueprint's eleven career learning competencies, grouped by area, to
// tick the ones the interview touched.
import { competencies } from '../../../shared/guidance-models';

type Props = { chosen: number[]; onChange: (chosen: number[]) => void };

const areas = [...new Set(competencies.map((competency) => competency.area))];

export function CompetencyChoices({ chosen, onChange }: Props) {
  const toggle = (number: number, isChecked: boolean) => onChange(isChecked ? [...chosen, number].sort((a, b) => a - b) : chosen.filter((existing) => existing !== number));
  return (
    <fieldset className="form-subsection">
      <legend>Career learning competencies touched</legend>
      {areas.map((area) => (
        <fieldset key={area} className="choice-group">
          <legend>{area}</legend>
          {competencies
            .filter((competency) => competency.area === area)
            .map((competency) => (
              <div key={competency.number} className="checkbox">
                <input
                  id={`competency-${competency.number}`}
                  type="checkbox"
                  checked={chosen.includes(competency.number)}
                  onChange={(event) => toggle(competency.number, event.target.checked)}
                />
                <label htmlFor={`competency-${competency.number}`}>
                  {competency.number}. {competency.title}
                </label>
              </div>
            ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
