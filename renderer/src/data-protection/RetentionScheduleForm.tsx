// The retention schedule: how long each kind of record is kept.
import { useState, type FormEvent } from 'react';
import { retentionScheduleSchema } from '../../../shared/contract/practice-records';
import { retentionLimits, type RetentionSchedule } from '../../../shared/retention';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { LoadProblem } from '../components/LoadProblem';
import { Loading } from '../components/Loading';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';

type Draft = Record<keyof RetentionSchedule, string>;

const fields: { key: keyof RetentionSchedule; label: string; hint: string }[] = [
  { key: 'clientYearsAfterLastContact', label: 'Client records: years after the last contact', hint: 'Interview notes and action plans are kept as long as the client’s record. The last contact is the latest interview or change to the record.' },
  { key: 'sendUntilAge', label: 'Clients with SEND: keep until this birthday', hint: 'Or the years above after the last contact, if that is later.' },
  { key: 'disclosureLogYears', label: 'Disclosure log entries: years after the disclosure', hint: 'Stated in your documents; entries about an erased person are kept without their details.' },
  { key: 'auditLogYears', label: 'Audit log entries: years after the event', hint: 'Stated in your documents; the log holds no personal data.' },
];

const toDraft = (schedule: RetentionSchedule): Draft => Object.fromEntries(fields.map(({ key }) => [key, String(schedule[key])])) as Draft;

export function RetentionScheduleForm({ onSaved }: { onSaved: () => void }) {
  const stored = useQuery('retention.schedule', {});
  return (
    <section aria-labelledby="schedule-heading" className="panel">
      <h2 id="schedule-heading">Retention schedule</h2>
      {stored.value === undefined && stored.problem ? <LoadProblem what="The retention schedule" message={stored.problem} onRetry={stored.reload} /> : null}
      {stored.value === undefined && !stored.problem ? <Loading what="the retention schedule" /> : null}
      {stored.value ? <ScheduleForm initial={stored.value} onSaved={onSaved} /> : null}
    </section>
  );
}

function ScheduleForm({ initial, onSaved }: { initial: RetentionSchedule; onSaved: () => void }) {
  const [draft, setDraft] = useState<Draft>(toDraft(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone('');
      setProblem('');
      const parsed = retentionScheduleSchema.safeParse(Object.fromEntries(fields.map(({ key }) => [key, draft[key].trim() === '' ? Number.NaN : Number(draft[key])])));
      if (!parsed.success) {
        setErrors(fieldErrorsFrom(parsed.error.issues));
        setProblem('Some periods need changing before the schedule can be saved.');
        return;
      }
      setErrors({});
      const result = await call('retention.saveSchedule', parsed.data);
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setDraft(toDraft(result.value));
      setDone('Retention schedule saved.');
      onSaved();
    });
  };

  return (
    <form onSubmit={save} noValidate>
      <FormAlert id="schedule-problem" message={problem} />
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
      <StatusMessage id="schedule-done" message={done} />
      <SubmitButton isBusy={isBusy} busyLabel="Saving…">
        Save schedule
      </SubmitButton>
    </form>
  );
}
