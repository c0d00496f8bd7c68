// Planning a session: the day (typed the UK way), the organisation, start and
// end, what kind, the slot length pupils are spread over, the room and notes.
import { useRef, useState, type FormEvent } from 'react';
import { diaryLimits, diarySessionInputSchema, type DiarySession } from '../../../shared/contract/diary';
import { diarySessionKindLabels, diarySessionKinds, minutesOfDay } from '../../../shared/diary';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { todayInLondon } from '../format/dates';

type Props = {
  session: DiarySession | null;
  heldOn: string | undefined;
  organisationId: string | undefined;
  onSaved: (session: DiarySession, warning: string | null) => void;
  onCancel: () => void;
};

export function SessionForm({
  session,
  heldOn: givenDay,
  organisationId: givenOrganisation,
  onSaved,
  onCancel,
}: Props) {
  const organisations = useQuery('organisations.list', {});
  const [heldOn, setHeldOn] = useState(session?.heldOn ?? givenDay ?? todayInLondon());
  const [organisationId, setOrganisationId] = useState(session?.organisationId ?? givenOrganisation ?? '');
  const [startsAt, setStartsAt] = useState(session?.startsAt ?? '09:00');
  const [endsAt, setEndsAt] = useState(session?.endsAt ?? '15:00');
  const [kind, setKind] = useState(session?.kind ?? 'interviews');
  const [slotMinutes, setSlotMinutes] = useState(String(session?.slotMinutes ?? 45));
  const [room, setRoom] = useState(session?.room ?? '');
  const [notes, setNotes] = useState(session?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);
  const options = (organisations.value ?? [])
    .filter((organisation) => !organisation.isArchived || organisation.id === organisationId)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      const parsed = diarySessionInputSchema.safeParse({
        ...(session ? { id: session.id } : {}),
        organisationId,
        heldOn,
        startsAt: startsAt.trim(),
        endsAt: endsAt.trim(),
        kind,
        slotMinutes: slotMinutes.trim() === '' ? Number.NaN : Number(slotMinutes.trim()),
        room,
        notes,
      });
      const found = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
      if (found.organisationId) found.organisationId = 'Choose the organisation the session is at.';
      if (found.heldOn) found.heldOn = 'Give the day of the session, such as 25/11/2026.';
      if (found.slotMinutes && Number.isNaN(Number(slotMinutes)))
        found.slotMinutes = 'Give the slot length in minutes, such as 45.';
      if (parsed.success && minutesOfDay(parsed.data.endsAt) <= minutesOfDay(parsed.data.startsAt))
        found.endsAt = `The session ends at ${parsed.data.endsAt}, which is not after it starts. Give an end time later than the start.`;
      setErrors(found);
      if (!parsed.success || Object.keys(found).length > 0) {
        requestAnimationFrame(() => focusFirstInvalid(formRef.current));
        return;
      }
      const result = await call('diary.saveSession', parsed.data);
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      onSaved(result.value.session, result.value.warning);
    });
  };

  return (
    <form ref={formRef} className="record-form" onSubmit={submit} noValidate>
      <fieldset className="form-section">
        <legend>When and where</legend>
        <div className="field-row">
          <DateField id="diary-held-on" label="Date" value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
          <SelectField
            id="diary-organisation"
            label="Organisation"
            value={organisationId}
            options={[{ value: '', label: 'Choose an organisation' }, ...options]}
            onChange={setOrganisationId}
            error={errors.organisationId}
          />
        </div>
        <div className="field-row field-row-3">
          <TextField
            id="diary-starts-at"
            label="Starts at"
            hint="24-hour time, such as 09:00."
            value={startsAt}
            onChange={setStartsAt}
            error={errors.startsAt}
            inputProps={{ maxLength: 5, inputMode: 'numeric', autoComplete: 'off' }}
          />
          <TextField
            id="diary-ends-at"
            label="Ends at"
            hint="Such as 15:30."
            value={endsAt}
            onChange={setEndsAt}
            error={errors.endsAt}
            inputProps={{ maxLength: 5, inputMode: 'numeric', autoComplete: 'off' }}
          />
          <SelectField
            id="diary-kind"
            label="Kind"
            value={kind}
            options={diarySessionKinds.map((value) => ({ value, label: diarySessionKindLabels[value] }))}
            onChange={(value) => setKind(diarySessionKinds.find((candidate) => candidate === value) ?? 'interviews')}
          />
        </div>
        <div className="field-row">
          <TextField
            id="diary-slot-minutes"
            label="Slot length in minutes"
            hint="Pupils booked into the session are spread over slots this long."
            value={slotMinutes}
            onChange={setSlotMinutes}
            error={errors.slotMinutes}
            inputProps={{ maxLength: 3, inputMode: 'numeric' }}
          />
          <TextField
            id="diary-room"
            label="Room"
            value={room}
            onChange={setRoom}
            error={errors.room}
            inputProps={{ maxLength: diaryLimits.room }}
          />
        </div>
        <TextAreaField
          id="diary-notes"
          label="Notes"
          value={notes}
          onChange={setNotes}
          error={errors.notes}
          rows={3}
          maxLength={diaryLimits.notes}
        />
      </fieldset>
      <FormActions idPrefix="diary-session" status={{ problem, done: '', isBusy }} onCancel={onCancel}>
        {session ? 'Save changes' : 'Plan session'}
      </FormActions>
    </form>
  );
}
