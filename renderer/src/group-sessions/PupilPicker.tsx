// Choosing who attended a group session from the organisation's caseload:
// narrowed by year group, tutor group and name, ticked one by one or all shown.
import { useState } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import type { GroupSessionPupil } from '../../../shared/contract/group-sessions';
import { useQuery } from '../api/use-query';
import { FieldMessages } from '../components/FieldMessages';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { formatCount } from '../format/numbers';

type Props = {
  organisationId: string;
  chosen: Map<string, GroupSessionPupil>;
  onChange: (chosen: Map<string, GroupSessionPupil>) => void;
  error: string | undefined;
  /** What the choice is for; a group session records who attended. */
  legend?: string;
};

const anyYear = 'any';

export function PupilPicker({ organisationId, chosen, onChange, error, legend = 'Who attended' }: Props) {
  const [yearGroup, setYearGroup] = useState(anyYear);
  const [tutorGroup, setTutorGroup] = useState('');
  const [text, setText] = useState('');
  const year = yearGroup === anyYear ? undefined : yearGroup === 'none' ? null : Number(yearGroup);
  const pupils = useQuery('groupSessions.pupils', {
    organisationId,
    ...(year === undefined ? {} : { yearGroup: year }),
    ...(tutorGroup ? { tutorGroup } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
  });
  const shown = pupils.value?.pupils ?? [];

  const toggle = (pupil: GroupSessionPupil, isChosen: boolean) => {
    const next = new Map(chosen);
    if (isChosen) next.set(pupil.clientId, pupil);
    else next.delete(pupil.clientId);
    onChange(next);
  };
  const chooseAllShown = () =>
    onChange(new Map([...chosen, ...shown.map((pupil) => [pupil.clientId, pupil] as const)]));

  return (
    <fieldset
      className={error ? 'form-section field-invalid' : 'form-section'}
      aria-describedby={error ? 'session-pupils-error' : undefined}
    >
      <legend>{legend}</legend>
      <FieldMessages id="session-pupils" error={error} />
      <div className="field-row field-row-3">
        <SelectField
          id="session-year-group"
          label="Year group"
          value={yearGroup}
          options={[
            { value: anyYear, label: 'Any year group' },
            ...(pupils.value?.yearGroups ?? []).map((group) => ({
              value: group === null ? 'none' : String(group),
              label: describeYearGroup(group),
            })),
          ]}
          onChange={(value) => {
            setYearGroup(value);
            setTutorGroup('');
          }}
        />
        <SelectField
          id="session-tutor-group"
          label="Tutor group"
          value={tutorGroup}
          options={[
            { value: '', label: 'Any tutor group' },
            ...(pupils.value?.tutorGroups ?? []).map((group) => ({ value: group, label: group })),
          ]}
          onChange={setTutorGroup}
        />
        <TextField
          id="session-pupil-search"
          label="Name"
          hint="The start of a first name or surname."
          value={text}
          onChange={setText}
        />
      </div>
      {!pupils.value ? (
        <LoadingOrProblem query={pupils} what="pupils" problemWhat="The pupils" />
      ) : (
        <>
          <div className="pupil-picker-bar">
            <p role="status" className="pupil-picker-count">
              {pupils.value.total > shown.length
                ? `Showing ${shown.length} of ${formatCount(pupils.value.total, 'pupil')}: narrow by tutor group or name.`
                : `${formatCount(shown.length, 'pupil')} shown.`}{' '}
              {formatCount(chosen.size, 'pupil')} chosen.
            </p>
            {shown.length > 0 ? (
              <button type="button" className="button button-quiet" onClick={chooseAllShown}>
                Choose all {formatCount(shown.length, 'pupil')} shown
              </button>
            ) : null}
            {chosen.size > 0 ? (
              <button type="button" className="button button-quiet" onClick={() => onChange(new Map())}>
                Clear the choice
              </button>
            ) : null}
          </div>
          <ul className="plain-list pupil-picker-list" aria-label="Pupils">
            {shown.map((pupil) => (
              <li key={pupil.clientId} className="checkbox">
                <input
                  id={`pupil-${pupil.clientId}`}
                  type="checkbox"
                  checked={chosen.has(pupil.clientId)}
                  onChange={(event) => toggle(pupil, event.target.checked)}
                />
                <label htmlFor={`pupil-${pupil.clientId}`}>
                  {pupil.name}
                  <span className="pupil-picker-group">
                    {' '}
                    ({describeYearGroup(pupil.yearGroup)}
                    {pupil.tutorGroup ? `, ${pupil.tutorGroup}` : ''})
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
