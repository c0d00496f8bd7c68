// Recording a group session: when, what kind, a title, how long, notes, and
// who attended. Attending counts as contact for each pupil, not as an interview.
import { useState, type FormEvent } from 'react';
import {
  groupSessionInputSchema,
  groupSessionKindLabels,
  groupSessionKinds,
  type GroupSession,
  type GroupSessionInput,
  type GroupSessionPupil,
} from '../../../shared/contract/group-sessions';
import { call } from '../api/client';
import { checkWith, useDraftForm, type Checked } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { todayInLondon } from '../format/dates';
import { PupilPicker } from './PupilPicker';
import { TakeOffButton } from './TakeOffButton';

type Props = {
  organisationId: string;
  session: GroupSession | null;
  onSaved: (session: GroupSession) => void;
  onCancel: () => void;
};

export function GroupSessionForm({ organisationId, session, onSaved, onCancel }: Props) {
  const { draft, change, field, formRef, errors, status, submit } = useDraftForm(
    'session',
    {
      heldOn: session?.heldOn ?? todayInLondon(),
      kind: session?.kind ?? 'group-work',
      title: session?.title ?? '',
      minutes: session?.minutes ? String(session.minutes) : '',
      notes: session?.notes ?? '',
    },
    groupSessionInputSchema,
  );
  const [chosen, setChosen] = useState(
    () => new Map<string, GroupSessionPupil>((session?.attendees ?? []).map((pupil) => [pupil.clientId, pupil])),
  );

  const save = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<GroupSessionInput> => {
        const length = draft.minutes.trim() === '' ? null : Number(draft.minutes.trim());
        const checked = checkWith(
          groupSessionInputSchema,
          {
            ...(session ? { id: session.id } : {}),
            organisationId,
            ...draft,
            minutes: length,
            attendeeIds: [...chosen.keys()],
          },
          {
            found:
              length === null || Number.isInteger(length)
                ? {}
                : { minutes: 'Give the length in whole minutes, such as 50, or leave it blank.' },
          },
        );
        if ('value' in checked) return checked;
        // Nobody chosen is said above the button too; as the only problem, the year-group picker is where to go next.
        const { errors: found } = checked;
        const isOnlyAttendees = Boolean(found.attendeeIds) && Object.keys(found).length === 1;
        return {
          errors: found,
          problem: found.attendeeIds ?? '',
          ...(isOnlyAttendees ? { focus: () => document.getElementById('session-year-group')?.focus() } : {}),
        };
      },
      send: (input) => call('groupSessions.save', input),
      onSent: onSaved,
    });

  return (
    <form ref={formRef} className="record-form" onSubmit={save} noValidate>
      <fieldset className="form-section">
        <legend>Session</legend>
        <div className="field-row">
          <DateField {...field('heldOn')} label="Date" />
          <SelectField
            {...field('kind')}
            label="Kind"
            options={groupSessionKinds.map((value) => ({ value, label: groupSessionKindLabels[value] }))}
            onChange={(value) =>
              change({ kind: groupSessionKinds.find((candidate) => candidate === value) ?? 'group-work' })
            }
          />
        </div>
        <TextField
          {...field('title')}
          label="Title"
          hint="What it was about, as pupils' timelines will show it: Year 10 group session on apprenticeships."
        />
        <TextField
          {...field('minutes')}
          label="Length in minutes"
          inputProps={{ inputMode: 'numeric', maxLength: 3 }}
        />
        <TextAreaField
          {...field('notes')}
          label="Notes"
          hint="About the session as a whole. They stay with you: they are not copied to any pupil's records."
          rows={3}
        />
      </fieldset>
      <PupilPicker organisationId={organisationId} chosen={chosen} onChange={setChosen} error={errors.attendeeIds} />
      {chosen.size > 0 ? (
        <details className="chosen-pupils">
          <summary>Chosen pupils ({chosen.size})</summary>
          <ul className="plain-list">
            {[...chosen.values()].map((pupil) => (
              <li key={pupil.clientId}>
                {pupil.name} <TakeOffButton pupil={pupil} chosen={chosen} onChange={setChosen} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <FormActions idPrefix="session" status={status} onCancel={onCancel}>
        {session ? 'Save changes' : 'Record session'}
      </FormActions>
    </form>
  );
}
