// One written section of the plan ("Where you are now"), in the client's words.
import type { PlanSection } from '../../../shared/action-plans';
import type { FieldErrors } from '../app/field-errors';
import { CheckboxField } from '../components/CheckboxField';
import { TextAreaField } from '../components/TextAreaField';

type Props = { section: PlanSection; index: number; errors: FieldErrors; onChange: (section: PlanSection) => void };

export function PlanSectionFields({ section, index, errors, onChange }: Props) {
  const id = `plan-section-${index}`;
  return (
    <div className="plan-section">
      <TextAreaField id={`${id}-body`} label={section.heading} value={section.body} onChange={(body) => onChange({ ...section, body })} error={errors[`sections.${index}.body`]} rows={4} maxLength={50_000} />
      <CheckboxField id={`${id}-sensitive`} label={`Leave “${section.heading}” out of shared copies`} isChecked={section.isSensitive} onChange={(isSensitive) => onChange({ ...section, isSensitive })} />
    </div>
  );
}
