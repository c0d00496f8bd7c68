// One written section of the plan ("Where you are now"), in the client's words,
// and for a Welsh or bilingual plan the Welsh beside it.
import type { PlanSection } from '../../../shared/action-plans';
import { welshSectionHeadings } from '../../../shared/plan-language';
import { errorsWithin } from '../app/field-errors';
import type { FormPartProps } from '../app/record-form';
import { CheckboxField } from '../components/CheckboxField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { BilingualPair } from './BilingualPair';
import { textFieldsOf } from './plan-text-fields';

type Props = FormPartProps<PlanSection> & { section: PlanSection; index: number; isWritingWelsh: boolean };

export function PlanSectionFields({ section, index, errors, isWritingWelsh, onChange }: Props) {
  const id = `plan-section-${index}`;
  const builtInWelsh = welshSectionHeadings[section.heading];
  const field = textFieldsOf(
    id,
    section,
    (changes) => onChange({ ...section, ...changes }),
    errorsWithin(errors, `sections.${index}`),
  );
  return (
    <div className="plan-section">
      <BilingualPair
        isWritingWelsh={isWritingWelsh}
        english={<TextAreaField {...field('body')} label={section.heading} rows={4} maxLength={50_000} />}
        welsh={
          <div lang="cy">
            {builtInWelsh ? null : (
              <TextField
                {...field('headingCy')}
                label={`“${section.heading}” in Welsh`}
                inputProps={{ maxLength: 200, lang: 'cy' }}
              />
            )}
            <TextAreaField
              {...field('bodyCy')}
              label={builtInWelsh ? `${builtInWelsh} (Welsh)` : `${section.heading} (Welsh)`}
              rows={4}
              maxLength={50_000}
              lang="cy"
            />
          </div>
        }
      />
      <CheckboxField
        id={`${id}-sensitive`}
        label={`Leave “${section.heading}” out of shared copies`}
        isChecked={section.isSensitive}
        onChange={(isSensitive) => onChange({ ...section, isSensitive })}
      />
    </div>
  );
}
