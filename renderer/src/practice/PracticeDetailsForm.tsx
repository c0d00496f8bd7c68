// The details the documents need: business name, address, ICO registration
// number and who to contact about data protection.
import type { FormEvent } from 'react';
import { practiceDetailsSchema, type PracticeDetails } from '../../../shared/contract/practice';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
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
      {stored.value ? (
        <DetailsForm initial={stored.value} />
      ) : (
        <LoadingOrProblem query={stored} what="the practice details" />
      )}
    </section>
  );
}

function DetailsForm({ initial }: { initial: PracticeDetails }) {
  const { draft, setDraft, field, formRef, status, submit } = useDraftForm<PracticeDetails>(
    'practice',
    initial,
    practiceDetailsSchema,
  );

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

  return (
    <form ref={formRef} onSubmit={save} noValidate>
      <TextField {...field('businessName')} label="Business name" hint="The name you trade under, or your own name." />
      <TextAreaField {...field('address')} label="Address" rows={3} />
      <TextField
        {...field('icoRegistrationNumber')}
        label="ICO registration number"
        hint="From your data protection fee registration, such as ZA123456."
        inputProps={{ maxLength: 12 }}
      />
      <TextField
        {...field('dataProtectionContact')}
        label="Contact for data protection"
        hint="A name and an email address or telephone number."
      />
      <FormActions idPrefix="practice" status={status}>
        Save details
      </FormActions>
    </form>
  );
}
