// The retention schedule: how long each kind of record is kept.
import { useState, type FormEvent } from 'react';
import { retentionScheduleSchema } from '../../../shared/contract/retention';
import { retentionLimits, type RetentionSchedule } from '../../../shared/retention';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { checkWith, useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { TextField } from '../components/TextField';

type Draft = Record<keyof RetentionSchedule, string>;

const fields: { key: keyof RetentionSchedule; label: string; hint: string }[] = [
  {
    key: 'clientYearsAfterLastContact',
    label: 'Client records: years after the last contact',
    hint: 'Interview notes and action plans are kept as long as the client’s record. The last contact is the latest interview or change to the record.',
  },
  {
    key: 'sendUntilAge',
    label: 'Clients with SEND: keep until this birthday',
    hint: 'Or the years above after the last contact, if that is later.',
  },
  {
    key: 'disclosureLogYears',
    label: 'Disclosure log entries: years after the disclosure',
    hint: 'Stated in your documents; entries about an erased person are kept without their details.',
  },
  {
    key: 'auditLogYears',
    label: 'Audit log entries: years after the event',
    hint: 'Stated in your documents; the log holds no personal data.',
  },
];

const toDraft = (schedule: RetentionSchedule): Draft =>
  Object.fromEntries(fields.map(({ key }) => [key, String(schedule[key])])) as Draft;

export function RetentionScheduleForm({ onSaved }: { onSaved: () => void }) {
  const stored = useQuery('retention.schedule', {});
  return (
    <section aria-labelledby="schedule-heading" className="panel">
      <h2 id="schedule-heading">Retention schedule</h2>
      {stored.value === undefined ? <LoadingOrProblem query={stored} what="the retention schedule" /> : null}
      {stored.value ? <ScheduleForm initial={stored.value} onSaved={onSaved} /> : null}
    </section>
  );
}

function ScheduleForm({ initial, onSaved }: { initial: RetentionSchedule; onSaved: () => void }) {
  const [draft, setDraft] = useState<Draft>(toDraft(initial));
  const { formRef, errors, status, submit } = useForm();

  const save = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          retentionScheduleSchema,
          Object.fromEntries(
            fields.map(({ key }) => [key, draft[key].trim() === '' ? Number.NaN : Number(draft[key])]),
          ),
          {
            problem: 'Some periods need changing before the schedule can be saved.',
          },
        ),
      send: (schedule) => call('retention.saveSchedule', schedule),
      onSent: (saved) => {
        setDraft(toDraft(saved));
        onSaved();
        return 'Retention schedule saved.';
      },
    });

  return (
    <form ref={formRef} onSubmit={save} noValidate>
      {fields.map(({ key, label, hint }) => (
        <TextField
          key={key}
          id={`schedule-${key}`}
          className="dp-number"
          label={label}
          hint={hint}
          type="number"
          value={draft[key]}
          error={errors[key]}
          onChange={(value) => setDraft({ ...draft, [key]: value })}
          inputProps={{ min: retentionLimits[key].min, max: retentionLimits[key].max, inputMode: 'numeric' }}
        />
      ))}
      <FormActions idPrefix="schedule" status={status}>
        Save schedule
      </FormActions>
    </form>
  );
}
