// Planning a session: the day (typed the UK way), the organisation, start and
// end, what kind, the slot length pupils are spread over, the room and notes.
import type { FormEvent } from 'react';
import { diarySessionInputSchema, type DiarySession, type DiarySessionInput } from '../../../shared/contract/diary';
import { diarySessionKindLabels, diarySessionKinds, minutesOfDay } from '../../../shared/diary';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import type { FieldErrors } from '../app/field-errors';
import { checkWith, useDraftForm, type Checked } from '../app/use-form';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { TimeField } from '../components/TimeField';
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
  // Each field's id says what it is on this form ("diary-held-on"), not the draft's key.
  const { draft, change, field, formRef, status, submit } = useDraftForm(
    'diary',
    {
      heldOn: session?.heldOn ?? givenDay ?? todayInLondon(),
      organisationId: session?.organisationId ?? givenOrganisation ?? '',
      startsAt: session?.startsAt ?? '09:00',
      endsAt: session?.endsAt ?? '15:00',
      kind: session?.kind ?? 'interviews',
      slotMinutes: String(session?.slotMinutes ?? 45),
      room: session?.room ?? '',
      notes: session?.notes ?? '',
    },
    diarySessionInputSchema,
  );
  const { organisationId } = draft;
  const options = (organisations.value ?? [])
    .filter((organisation) => !organisation.isArchived || organisation.id === organisationId)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));

  const save = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<DiarySessionInput> => {
        const slotMinutes = draft.slotMinutes.trim() === '' ? Number.NaN : Number(draft.slotMinutes.trim());
        const found: FieldErrors = {};
        if (!organisationId) found.organisationId = 'Choose the organisation the session is at.';
        if (Number.isNaN(slotMinutes)) found.slotMinutes = 'Give the slot length in minutes, such as 45.';
        const checked = checkWith(
          diarySessionInputSchema,
          {
            ...(session ? { id: session.id } : {}),
            ...draft,
            startsAt: draft.startsAt.trim(),
            endsAt: draft.endsAt.trim(),
            slotMinutes,
          },
          { found },
        );
        if (!('value' in checked)) return checked;
        const { startsAt, endsAt } = checked.value;
        if (minutesOfDay(endsAt) > minutesOfDay(startsAt)) return checked;
        return {
          errors: {
            endsAt: `The session ends at ${endsAt}, which is not after it starts. Give an end time later than the start.`,
          },
        };
      },
      send: (input) => call('diary.saveSession', input),
      onSent: ({ session: saved, warning }) => onSaved(saved, warning),
    });

  return (
    <form ref={formRef} className="record-form" onSubmit={save} noValidate>
      <fieldset className="form-section">
        <legend>When and where</legend>
        <div className="field-row">
          <DateField {...field('heldOn')} id="diary-held-on" label="Date" />
          <SelectField
            {...field('organisationId')}
            id="diary-organisation"
            label="Organisation"
            options={[{ value: '', label: 'Choose an organisation' }, ...options]}
          />
        </div>
        <div className="field-row field-row-3">
          <TimeField
            {...field('startsAt')}
            id="diary-starts-at"
            label="Starts at"
            hint="24-hour time, such as 09:00."
          />
          <TimeField {...field('endsAt')} id="diary-ends-at" label="Ends at" hint="Such as 15:30." />
          <SelectField
            {...field('kind')}
            id="diary-kind"
            label="Kind"
            options={diarySessionKinds.map((value) => ({ value, label: diarySessionKindLabels[value] }))}
            onChange={(value) =>
              change({ kind: diarySessionKinds.find((candidate) => candidate === value) ?? 'interviews' })
            }
          />
        </div>
        <div className="field-row">
          <TextField
            {...field('slotMinutes')}
            id="diary-slot-minutes"
            label="Slot length in minutes"
            hint="Pupils booked into the session are spread over slots this long."
            inputProps={{ maxLength: 3, inputMode: 'numeric' }}
          />
          <TextField {...field('room')} id="diary-room" label="Room" />
        </div>
        <TextAreaField {...field('notes')} id="diary-notes" label="Notes" rows={3} />
      </fieldset>
      <FormActions idPrefix="diary-session" status={status} onCancel={onCancel}>
        {session ? 'Save changes' : 'Plan session'}
      </FormActions>
    </form>
  );
}
