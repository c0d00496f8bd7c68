// Recording a safeguarding concern, or adding to one: what was said or seen
// and when, who it was reported to and when, and the reference.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import {
  safeguardingConcernInputSchema,
  safeguardingLimits,
  type SafeguardingConcern,
  type SafeguardingConcernInput,
} from '../../../shared/contract/safeguarding';
import { call } from '../api/client';
import { fieldErrorsFrom, hasFieldErrors, type FieldErrors } from '../app/field-errors';
import { useForm, type Checked } from '../app/use-form';
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
  const [raisedOn, setRaisedOn] = useState(concern?.raisedOn ?? todayInLondon());
  const [whatHappened, setWhatHappened] = useState(concern?.whatHappened ?? '');
  const [reportedTo, setReportedTo] = useState(concern?.reportedTo ?? '');
  const [reportedOn, setReportedOn] = useState(concern?.reportedAt?.slice(0, 10) ?? '');
  const [reportedTime, setReportedTime] = useState(concern?.reportedAt?.slice(11, 16) ?? '');
  const [reference, setReference] = useState(concern?.reference ?? '');
  const { formRef, errors, status, submit } = useForm();
  const firstRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const save = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<SafeguardingConcernInput> => {
        const found: FieldErrors = {};
        // "9:30" and "09.30" are both how people write a time.
        const time = /^(\d{1,2})[:.](\d{2})$/.exec(reportedTime.trim());
        const hhmm =
          time && Number(time[1]) < 24 && Number(time[2]) < 60 ? `${time[1]!.padStart(2, '0')}:${time[2]}` : '';
        if (reportedTime.trim() && !hhmm)
          found.reportedTime = 'Give the time as hours and minutes, such as 14:30, or leave it blank.';
        if (reportedTime.trim() && !reportedOn) found.reportedOn = 'Give the day it was reported as well as the time.';
        const reportedAt = reportedOn ? (hhmm ? `${reportedOn}T${hhmm}` : reportedOn) : null;
        const parsed = safeguardingConcernInputSchema.safeParse({
          ...(concern ? { id: concern.id } : {}),
          clientId,
          raisedOn,
          whatHappened,
          reportedTo,
          reportedAt,
          reference,
        });
        if (parsed.success && !hasFieldErrors(found)) return { value: parsed.data };
        const schemaErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
        if (schemaErrors.reportedAt) found.reportedOn ??= schemaErrors.reportedAt;
        if (schemaErrors.raisedOn) schemaErrors.raisedOn = 'Give the day it was said or seen.';
        return { errors: { ...schemaErrors, ...found } };
      },
      send: (input) => call('safeguarding.save', input),
      onSent: onSaved,
    });

  return (
    <form ref={formRef} className="form-subsection" onSubmit={save} noValidate aria-labelledby="concern-form-heading">
      <h3 id="concern-form-heading">{concern ? 'Add to this safeguarding record' : 'Record a safeguarding concern'}</h3>
      <ReportTo organisation={organisation} />
      <TextAreaField
        id="concern-what"
        label="What was said or seen"
        hint="Facts, in the words the young person used where you can. Not your opinion."
        value={whatHappened}
        onChange={setWhatHappened}
        error={errors.whatHappened}
        rows={5}
        maxLength={safeguardingLimits.whatHappened}
        textAreaRef={firstRef}
      />
      <DateField
        id="concern-raised-on"
        label="When it was said or seen"
        value={raisedOn}
        onChange={setRaisedOn}
        error={errors.raisedOn}
      />
      <TextField
        id="concern-reported-to"
        label="Reported to"
        hint="Their name and role. Leave blank until you have reported it."
        value={reportedTo}
        onChange={setReportedTo}
        error={errors.reportedTo}
        inputProps={{ maxLength: safeguardingLimits.reportedTo }}
      />
      <div className="field-row">
        <DateField
          id="concern-reported-on"
          label="Reported on"
          value={reportedOn}
          onChange={setReportedOn}
          error={errors.reportedOn}
        />
        <TextField
          id="concern-reported-time"
          label="At (time, if known)"
          type="text"
          hint="Such as 14:30."
          value={reportedTime}
          onChange={setReportedTime}
          error={errors.reportedTime}
          inputProps={{ maxLength: 5, inputMode: 'numeric' }}
        />
      </div>
      <TextField
        id="concern-reference"
        label="Reference"
        hint="The school's or local authority's reference, if given."
        value={reference}
        onChange={setReference}
        error={errors.reference}
        inputProps={{ maxLength: safeguardingLimits.reference }}
      />
      <FormActions idPrefix="concern" status={status} onCancel={onCancel}>
        {concern ? 'Save changes' : 'Record concern'}
      </FormActions>
    </form>
  );
}
