// One written section of the plan ("Where you are now"), in the client's words,
// and for a Welsh or bilingual plan the Welsh beside it.
import type { PlanSection } from '../../../shared/action-plans';
import { welshSectionHeadings } from '../../../shared/plan-language';
import type { FieldErrors } from '../app/field-errors';
import { CheckboxField } from '../components/CheckboxField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';

type Props = {
  section: PlanSection;
  index: number;
  errors: FieldErrors;
  isWritingWelsh: boolean;
  onChange: (section: PlanSection) => void;
};

export function PlanSectionFields({ section, index, errors, isWritingWelsh, onChange }: Props) {
  const id = `plan-section-${index}`;
  const builtInWelsh = welshSectionHeadings[section.heading];
  const english = (
    <TextAreaField
      id={`${id}-body`}
      label={section.heading}
      value={section.body}
      onChange={(body) => onChange({ ...section, body })}
      error={errors[`sections.${index}.body`]}
      rows={4}
      maxLength={50_000}
    />
  );
  return (
    <div className="plan-section">
      {isWritingWelsh ? (
        <div className="bilingual-pair">
          {english}
          <div lang="cy">
            {builtInWelsh ? null : (
              <TextField
                id={`${id}-heading-cy`}
                label={`“${section.heading}” in Welsh`}
                value={section.headingCy ?? ''}
                onChange={(headingCy) => onChange({ ...section, headingCy })}
                error={errors[`sections.${index}.headingCy`]}
                inputProps={{ maxLength: 200, lang: 'cy' }}
              />
            )}
            <TextAreaField
              id={`${id}-body-cy`}
              label={builtInWelsh ? `${builtInWelsh} (Welsh)` : `${section.heading} (Welsh)`}
              value={section.bodyCy ?? ''}
              onChange={(bodyCy) => onChange({ ...section, bodyCy })}
              error={errors[`sections.${index}.bodyCy`]}
              rows={4}
              maxLength={50_000}
              lang="cy"
            />
          </div>
        </div>
      ) : (
        english
      )}
      <CheckboxField
        id={`${id}-sensitive`}
        label={`Leave “${section.heading}” out of shared copies`}
        isChecked={section.isSensitive}
        onChange={(isSensitive) => onChange({ ...section, isSensitive })}
      />
    </div>
  );
}
