// Recording a group session: when, what kind, a title, how long, notes, and
// who attended. Attending counts as contact for each pupil, not as an interview.
import { useRef, useState, type FormEvent } from 'react';
import { groupSessionInputSchema, groupSessionKindLabels, groupSessionKinds, groupSessionLimits, type GroupSession, type GroupSessionPupil } from '../../../shared/contract/group-sessions';
import { call } from '../api/client';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { todayInLondon } from '../format/dates';
import { PupilPicker } from './PupilPicker';

type Props = { organisationId: string; session: GroupSession | null; onSaved: (session: GroupSession) => void; onCancel: () => void };

export function GroupSessionForm({ organisationId, session, onSaved, onCancel }: Props) {
  const [heldOn, setHeldOn] = useState(session?.heldOn ?? todayInLondon());
  const [kind, setKind] = useState(session?.kind ?? 'group-work');
  const [title, setTitle] = useState(session?.title ?? '');
  const [minutes, setMinutes] = useState(session?.minutes ? String(session.minutes) : '');
  const [notes, setNotes] = useState(session?.notes ?? '');
  const [chosen, setChosen] = useState(() => new Map<string, GroupSessionPupil>((session?.attendees ?? []).map((pupil) => [pupil.clientId, pupil])));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const found: FieldErrors = {};
      const length = minutes.trim() === '' ? null : Number(minutes.trim());
      if (length !== null && !Number.isInteger(length)) found.minutes = 'Give the length in whole minutes, such as 50, or leave it blank.';
      const parsed = groupSessionInputSchema.safeParse({ ...(session ? { id: session.id } : {}), organisationId, heldOn, kind, title, minutes: length, notes, attendeeIds: [...chosen.keys()] });
      const all = { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error.issues)), ...found };
      if (all.heldOn) all.heldOn = 'Give the day the session was held.';
      setErrors(all);
      if (!parsed.success || Object.keys(found).length > 0) {
        setProblem(all.attendeeIds ?? '');
        requestAnimationFrame(() => (all.attendeeIds && Object.keys(all).length === 1 ? document.getElementById('session-year-group')?.focus() : focusFirstInvalid(formRef.current)));
        return;
      }
      const result = await call('groupSessions.save', parsed.data);
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      onSaved(result.value);
    });
  };

  return (
    <form ref={formRef} className="record-form" onSubmit={submit} noValidate>
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
        <TextField id="session-minutes" label="Length in minutes" value={minutes} onChange={setMinutes} error={errors.minutes} inputProps={{ inputMode: 'numeric', maxLength: 3 }} />
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
                {pupil.name}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Take ${pupil.name} off the list`}
                  onClick={() => {
                    const next = new Map(chosen);
                    next.delete(pupil.clientId);
                    setChosen(next);
                  }}
                >
                  Take off
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <FormAlert id="session-problem" message={problem} />
      <div className="actions">
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          {session ? 'Save changes' : 'Record session'}
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
