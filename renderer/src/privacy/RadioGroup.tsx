// A small set of exclusive choices as a fieldset of radio buttons.
type Props<T extends string> = {
  id: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
};

export function RadioGroup<T extends string>({ id, legend, value, options, onChange }: Props<T>) {
  return (
    <fieldset className="form-subsection">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="radio">
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
