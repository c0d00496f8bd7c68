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
import { describeControl, LabelledField, type FieldBasics } from '../components/LabelledField';

type Props = FieldBasics;

const groups = (() => {
  const byGroup = new Map<ActivityGroup, ActivityCode[]>();
  for (const entry of activityCodeLists[currentCodeListVersion])
    byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), entry]);
  return [...byGroup.entries()];
})();

export function ActivityCodeField({ id, label, value, onChange, error, hint }: Props) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describeControl(id, { hint, error })}
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
    </LabelledField>
  );
}
