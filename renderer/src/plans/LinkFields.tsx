// Web links (a course page, a job-family site): a title and an address each.
// Only http and https addresses are accepted; main says so by the box.
import type { PlanLink } from '../../../shared/action-plans';
import type { FieldErrors } from '../app/field-errors';
import { TextField } from '../components/TextField';

type Props = {
  idPrefix: string;
  /** The field path the links sit under, such as "actions.0.links" or "resources". */
  errorPath: string;
  legend: string;
  links: PlanLink[];
  errors: FieldErrors;
  onChange: (links: PlanLink[]) => void;
  maxLinks: number;
};

export function LinkFields({ idPrefix, errorPath, legend, links, errors, onChange, maxLinks }: Props) {
  const update = (index: number, change: Partial<PlanLink>) =>
    onChange(links.map((link, at) => (at === index ? { ...link, ...change } : link)));
  const add = () => {
    onChange([...links, { title: '', url: '' }]);
    window.requestAnimationFrame(() => document.getElementById(`${idPrefix}-${links.length}-title`)?.focus());
  };
  return (
    <fieldset className="form-subsection links">
      <legend>{legend}</legend>
      {links.map((link, index) => (
        <div key={index} className="link-row">
          <TextField
            id={`${idPrefix}-${index}-title`}
            label="Link title"
            value={link.title}
            onChange={(title) => update(index, { title })}
            error={errors[`${errorPath}.${index}.title`]}
            inputProps={{ maxLength: 200 }}
          />
          <TextField
            id={`${idPrefix}-${index}-url`}
            label="Web address"
            hint="Starting with https://"
            value={link.url}
            onChange={(url) => update(index, { url })}
            error={errors[`${errorPath}.${index}.url`]}
            inputProps={{ maxLength: 2_000, inputMode: 'url' }}
          />
          <button
            type="button"
            className="link-button link-remove"
            onClick={() => onChange(links.filter((_, at) => at !== index))}
          >
            Remove link<span className="visually-hidden"> {link.title || index + 1}</span>
          </button>
        </div>
      ))}
      {links.length < maxLinks ? (
        <button type="button" className="button button-quiet button-small" onClick={add}>
          Add a link<span className="visually-hidden"> to {legend.toLowerCase()}</span>
        </button>
      ) : null}
    </fieldset>
  );
}
