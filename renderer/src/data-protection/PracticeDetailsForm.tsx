// The details the documents need: business name, address, ICO registration
// number and who to contact about data protection.
import { useState, type FormEvent } from 'react';
import { practiceDetailsSchema, type PracticeDetails } from '../../../shared/contract/practice-records';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { checkWith, useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { LoadProblem } from '../components/LoadProblem';
import { Loading } from '../components/Loading';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';

export function PracticeDetailsForm() {
  const stored = useQuery('practice.details', {});
  return (
    <section aria-labelledby="practice-heading" className="panel">
      <h2 id="practice-heading">Practice details</h2>
      <p>
        Used in your privacy notice and record of processing. Your name and contact details for action plans are in
        Settings.
      </p>
      {stored.value === undefined && stored.problem ? (
        <LoadProblem what="The practice details" message={stored.problem} onRetry={stored.reload} />
      ) : null}
      {stored.value === undefined && !stored.problem ? <Loading what="the practice details" /> : null}
      {stored.value ? <DetailsForm initial={stored.value} /> : null}
    </section>
  );
}

function DetailsForm({ initial }: { initial: PracticeDetails }) {
  const [draft, setDraft] = useState<PracticeDetails>(initial);
  const { formRef, errors, status, submit } = useForm();

  const save = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(practiceDetailsSchema, draft, { problem: 'Some details need changing before they can be saved.' }),
      send: (details) => call('practice.saveDetails', details),
      onSent: (saved) => {
        setDraft(saved);
        return 'Practice details saved.';
      },
    });

  const set = (key: keyof PracticeDetails) => (value: string) => setDraft({ ...draft, [key]: value });

  return (
    <form ref={formRef} onSubmit={save} noValidate>
      <TextField
        id="practice-businessName"
        label="Business name"
        hint="The name you trade under, or your own name."
        value={draft.businessName}
        error={errors.businessName}
        onChange={set('businessName')}
        inputProps={{ maxLength: 150 }}
      />
      <TextAreaField
        id="practice-address"
        label="Address"
        value={draft.address}
        error={errors.address}
        onChange={set('address')}
        rows={3}
        maxLength={500}
      />
      <TextField
        id="practice-icoRegistrationNumber"
        label="ICO registration number"
        hint="From your data protection fee registration, such as ZA123456."
        value={draft.icoRegistrationNumber}
        error={errors.icoRegistrationNumber}
        onChange={set('icoRegistrationNumber')}
        inputProps={{ maxLength: 12 }}
      />
      <TextField
        id="practice-dataProtectionContact"
        label="Contact for data protection"
        hint="A name and an email address or telephone number."
        value={draft.dataProtectionContact}
        error={errors.dataProtectionContact}
        onChange={set('dataProtectionContact')}
        inputProps={{ maxLength: 300 }}
      />
      <FormActions idPrefix="practice" status={status}>
        Save details
      </FormActions>
    </form>
  );
}
