// Recording a group session: when, what kind, a title, how long, notes, and
// who attended. Attending counts as contact for each pupil, not as an interview.
import { useState, type FormEvent } from 'react';
import {
  groupSessionInputSchema,
  groupSessionKindLabels,
  groupSessionKinds,
  groupSessionLimits,
  type GroupSession,
  type GroupSessionInput,
  type GroupSessionPupil,
} from '../../../shared/contract/group-sessions';
import { call } from '../api/client';
import { fieldErrorsFrom, focusFirstInvalid, hasFieldErrors, type FieldErrors } from '../app/field-errors';
import { useForm, type Checked } from '../app/use-form';
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
  const [heldOn, setHeldOn] = useState(session?.heldOn ?? todayInLondon());
  const [kind, setKind] = useState(session?.kind ?? 'group-work');
  const [title, setTitle] = useState(session?.title ?? '');
  const [minutes, setMinutes] = useState(session?.minutes ? String(session.minutes) : '');
  const [notes, setNotes] = useState(session?.notes ?? '');
  const [chosen, setChosen] = useState(
    () => new Map<string, GroupSessionPupil>((session?.attendees ?? []).map((pupil) => [pupil.clientId, pupil])),
  );
  const { formRef, errors, status, submit } = useForm();

  const save = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<GroupSessionInput> => {
        const found: FieldErrors = {};
        const length = minutes.trim() === '' ? null : Number(minutes.trim());
        if (length !== null && !Number.isInteger(length))
          found.minutes = 'Give the length in whole minutes, such as 50, or leave it blank.';
        const parsed = groupSessionInputSchema.safeParse({
          ...(session ? { id: session.id } : {}),
          organisationId,
          heldOn,
          kind,
          title,
          minutes: length,
          notes,
          attendeeIds: [...chosen.keys()],
        });
        if (parsed.success && !hasFieldErrors(found)) return { value: parsed.data };
        const all = { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error.issues)), ...found };
        if (all.heldOn) all.heldOn = 'Give the day the session was held.';
        // With nobody chosen as the only problem, the year-group picker is where to go next.
        const isOnlyAttendees = Boolean(all.attendeeIds) && Object.keys(all).length === 1;
        return {
          errors: all,
          problem: all.attendeeIds ?? '',
          focus: () =>
            isOnlyAttendees
              ? document.getElementById('session-year-group')?.focus()
              : focusFirstInvalid(formRef.current),
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
          <DateField id="session-held-on" label="Date" value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
          <SelectField
            id="session-kind"
            label="Kind"
            value={kind}
            options={groupSessionKinds.map((value) => ({ value, label: groupSessionKindLabels[value] }))}
            onChange={(value) => setKind(groupSessionKinds.find((candidate) => candidate === value) ?? 'group-work')}
          />
        </div>
        <TextField
          id="session-title"
          label="Title"
          hint="What it was about, as pupils' timelines will show it: Year 10 group session on apprenticeships."
          value={title}
          onChange={setTitle}
          error={errors.title}
          inputProps={{ maxLength: groupSessionLimits.title }}
        />
        <TextField
          id="session-minutes"
          label="Length in minutes"
          value={minutes}
          onChange={setMinutes}
          error={errors.minutes}
          inputProps={{ inputMode: 'numeric', maxLength: 3 }}
        />
        <TextAreaField
          id="session-notes"
          label="Notes"
          hint="About the session as a whole. They stay with you: they are not copied to any pupil's records."
          value={notes}
          onChange={setNotes}
          error={errors.notes}
          rows={3}
          maxLength={groupSessionLimits.notes}
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
