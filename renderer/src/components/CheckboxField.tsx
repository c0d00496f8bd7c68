// A single yes/no choice, its label beside the box.
type Props = { id: string; label: string; isChecked: boolean; onChange: (isChecked: boolean) => void; hint?: string };

export function CheckboxField({ id, label, isChecked, onChange, hint }: Props) {
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={isChecked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint checkbox-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
