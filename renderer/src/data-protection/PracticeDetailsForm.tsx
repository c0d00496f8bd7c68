// The details the documents need: business name, address, ICO registration
// number and who to contact about data protection.
import { useState, type FormEvent } from 'react';
import { practiceDetailsSchema, type PracticeDetails } from '../../../shared/contract/practice-records';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { LoadProblem } from '../components/LoadProblem';
import { Loading } from '../components/Loading';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';

export function PracticeDetailsForm() {
  const stored = useQuery('practice.details', {});
  return (
    <section aria-labelledby="practice-heading" className="panel">
      <h2 id="practice-heading">Practice details</h2>
      <p>Used in your privacy notice and record of processing. Your name and contact details for action plans are in Settings.</p>
      {stored.value === undefined && stored.problem ? <LoadProblem what="The practice details" message={stored.problem} onRetry={stored.reload} /> : null}
      {stored.value === undefined && !stored.problem ? <Loading what="the practice details" /> : null}
      {stored.value ? <DetailsForm initial={stored.value} /> : null}
    </section>
  );
}

function DetailsForm({ initial }: { initial: PracticeDetails }) {
  const [draft, setDraft] = useState<PracticeDetails>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone('');
      setProblem('');
      const parsed = practiceDetailsSchema.safeParse(draft);
      if (!parsed.success) {
        setErrors(fieldErrorsFrom(parsed.error.issues));
        setProblem('Some details need changing before they can be saved.');
        return;
      }
      setErrors({});
      const result = await call('practice.saveDetails', parsed.data);
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setDraft(result.value);
      setDone('Practice details saved.');
    });
  };

  const set = (key: keyof PracticeDetails) => (value: string) => setDraft({ ...draft, [key]: value });

  return (
    <form onSubmit={save} noValidate>
      <FormAlert id="practice-problem" message={problem} />
      <TextField id="practice-businessName" label="Business name" hint="The name you trade under, or your own name." value={draft.businessName} error={errors.businessName} onChange={set('businessName')} inputProps={{ maxLength: 150 }} />
      <TextAreaField id="practice-address" label="Address" value={draft.address} error={errors.address} onChange={set('address')} rows={3} maxLength={500} />
      <TextField
        id="practice-icoRegistrationNumber"
        label="ICO registration number"
        hint="From your data protection fee registration, such as ZA123456."
        value={draft.icoRegistrationNumber}
        error={errors.icoRegistrationNumber}
        onChange={set('icoRegistrationNumber')}
        inputProps={{ maxLength: 12 }}
      />
      <TextField id="practice-dataProtectionContact" label="Contact for data protection" hint="A name and an email address or telephone number." value={draft.dataProtectionContact} error={errors.dataProtectionContact} onChange={set('dataProtectionContact')} inputProps={{ maxLength: 300 }} />
      <StatusMessage id="practice-done" message={done} />
      <SubmitButton isBusy={isBusy} busyLabel="Saving…">
        Save details
      </SubmitButton>
    </form>
  );
}
