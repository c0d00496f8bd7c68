// Choosing an NCCIS activity: the codes grouped as the local authority groups
// them (education, employment, training...), each shown with its number so an
// adviser who knows "230" finds it as quickly as one who reads the words.
import {
  activityCodeLists,
  activityGroupLabels,
  currentCodeListVersion,
  type ActivityCode,
  type ActivityGroup,
} from '../../../shared/destinations/nccis-codes';
import { fieldDescribers } from '../components/field-describers';
import { FieldMessages } from '../components/FieldMessages';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  hint?: string;
};

const groups = (() => {
  const byGroup = new Map<ActivityGroup, ActivityCode[]>();
  for (const entry of activityCodeLists[currentCodeListVersion])
    byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), entry]);
  return [...byGroup.entries()];
})();

export function ActivityCodeField({ id, label, value, onChange, error, hint }: Props) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribers(id, { hasError: Boolean(error), hasHint: Boolean(hint), others: [] })}
        className="field-input field-select"
      >
        <option value="">Choose an activity</option>
        {groups.map(([group, codes]) => (
          <optgroup key={group} label={activityGroupLabels[group]}>
            {codes.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.code} {entry.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
