// Recording a safeguarding concern, or adding to one: what was said or seen
// and when, who it was reported to and when, and the reference.
import { useEffect, useRef, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import {
  safeguardingConcernInputSchema,
  type SafeguardingConcern,
  type SafeguardingConcernInput,
} from '../../../shared/contract/safeguarding';
import { call } from '../api/client';
import type { FieldErrors } from '../app/field-errors';
import { checkWith, useDraftForm, type Checked } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { todayInLondon } from '../format/dates';
import { ReportTo } from './ReportTo';

type Props = {
  clientId: string;
  concern: SafeguardingConcern | null;
  organisation: ChannelOutput<'safeguarding.forClient'>['organisation'];
  onSaved: (concern: SafeguardingConcern) => void;
  onCancel: () => void;
};

export function ConcernForm({ clientId, concern, organisation, onSaved, onCancel }: Props) {
  // Each field's id says what it is on this form ("concern-what"), not the draft's key.
  const { draft, field, formRef, status, submit } = useDraftForm(
    'concern',
    {
      raisedOn: concern?.raisedOn ?? todayInLondon(),
      whatHappened: concern?.whatHappened ?? '',
      reportedTo: concern?.reportedTo ?? '',
      reportedOn: concern?.reportedAt?.slice(0, 10) ?? '',
      reportedTime: concern?.reportedAt?.slice(11, 16) ?? '',
      reference: concern?.reference ?? '',
    },
    safeguardingConcernInputSchema,
  );
  const firstRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const save = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<SafeguardingConcernInput> => {
        const { raisedOn, whatHappened, reportedTo, reportedOn, reportedTime, reference } = draft;
        const found: FieldErrors = {};
        // "9:30" and "09.30" are both how people write a time.
        const time = /^(\d{1,2})[:.](\d{2})$/.exec(reportedTime.trim());
        const hhmm =
          time && Number(time[1]) < 24 && Number(time[2]) < 60 ? `${time[1]!.padStart(2, '0')}:${time[2]}` : '';
        if (reportedTime.trim() && !hhmm)
          found.reportedTime = 'Give the time as hours and minutes, such as 14:30, or leave it blank.';
        if (reportedTime.trim() && !reportedOn) found.reportedOn = 'Give the day it was reported as well as the time.';
        const reportedAt = reportedOn ? (hhmm ? `${reportedOn}T${hhmm}` : reportedOn) : null;
        const checked = checkWith(
          safeguardingConcernInputSchema,
          {
            ...(concern ? { id: concern.id } : {}),
            clientId,
            raisedOn,
            whatHappened,
            reportedTo,
            reportedAt,
            reference,
          },
          { found },
        );
        if ('value' in checked) return checked;
        // The day and the time make one value; a problem with it is marked on the day.
        const { reportedAt: reportedAtError, ...errors } = checked.errors;
        return { errors: reportedAtError ? { reportedOn: reportedAtError, ...errors } : errors };
      },
      send: (input) => call('safeguarding.save', input),
      onSent: onSaved,
    });

  return (
    <form ref={formRef} className="form-subsection" onSubmit={save} noValidate aria-labelledby="concern-form-heading">
      <h3 id="concern-form-heading">{concern ? 'Add to this safeguarding record' : 'Record a safeguarding concern'}</h3>
      <ReportTo organisation={organisation} />
      <TextAreaField
        {...field('whatHappened')}
        id="concern-what"
        label="What was said or seen"
        hint="Facts, in the words the young person used where you can. Not your opinion."
        rows={5}
        textAreaRef={firstRef}
      />
      <DateField {...field('raisedOn')} id="concern-raised-on" label="When it was said or seen" />
      <TextField
        {...field('reportedTo')}
        id="concern-reported-to"
        label="Reported to"
        hint="Their name and role. Leave blank until you have reported it."
      />
      <div className="field-row">
        <DateField {...field('reportedOn')} id="concern-reported-on" label="Reported on" />
        <TextField
          {...field('reportedTime')}
          id="concern-reported-time"
          label="At (time, if known)"
          type="text"
          hint="Such as 14:30."
          inputProps={{ maxLength: 5, inputMode: 'numeric' }}
        />
      </div>
      <TextField
        {...field('reference')}
        id="concern-reference"
        label="Reference"
        hint="The school's or local authority's reference, if given."
      />
      <FormActions idPrefix="concern" status={status} onCancel={onCancel}>
        {concern ? 'Save changes' : 'Record concern'}
      </FormActions>
    </form>
  );
}
