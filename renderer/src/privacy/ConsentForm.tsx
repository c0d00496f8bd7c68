// Recording consent: the limits of confidentiality explained, what is agreed
// per purpose, by whom, when and how. A new record replaces the one in force.
import { useRef, useState, type FormEvent } from 'react';
import { consentPurposeLabels, consentPurposes, type ConsentPurpose } from '../../../shared/data-protection';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { FormAlert } from '../components/FormAlert';
import { SubmitButton } from '../components/SubmitButton';
import { DateField } from '../components/DateField';
import { formatDate, todayInLondon } from '../format/dates';
import { RadioGroup } from './RadioGroup';
import { dateHint, describeAgreements, givenByLabels, methodLabels } from './privacy-labels';

type Props = { clientId: string; hasConsent: boolean; onRecorded: (message: string) => void };

const noneAgreed = Object.fromEntries(consentPurposes.map((purpose) => [purpose, false])) as Record<
  ConsentPurpose,
  boolean
>;

export function ConsentForm({ clientId, hasConsent, onRecorded }: Props) {
  const [hasExplained, setHasExplained] = useState(false);
  const [agreements, setAgreements] = useState(noneAgreed);
  const [givenBy, setGivenBy] = useState<'client' | 'parent-carer'>('client');
  /** '' when the parent or carer is not one of the client's recorded contacts. */
  const [contactId, setContactId] = useState('');
  const contacts = useQuery('contacts.list', { clientId });
  const [method, setMethod] = useState<'verbal' | 'written'>('verbal');
  const [givenOn, setGivenOn] = useState(todayInLondon());
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const explainedRef = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (!hasExplained) {
        setProblem(
          'Explain the limits of confidentiality first, then tick the box: consent only counts once the client knows them.',
        );
        explainedRef.current?.querySelector('input')?.focus();
        return;
      }
      if (!givenOn) {
        setProblem('Enter the date consent was given.');
        return;
      }
      const result = await call('consent.record', {
        clientId,
        consent: {
          hasExplainedConfidentiality: hasExplained,
          agreements,
          givenBy,
          givenByContactId: givenBy === 'parent-carer' && contactId ? contactId : null,
          givenOn,
          method,
        },
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      onRecorded(`Consent recorded, given on ${formatDate(givenOn)}. Agreed to: ${describeAgreements(agreements)}.`);
    });
  };

  return (
    <form className="form-subsection" onSubmit={submit} noValidate aria-labelledby="consent-form-heading">
      <h3 id="consent-form-heading">{hasConsent ? 'Record new consent' : 'Record consent'}</h3>
      {hasConsent ? (
        <p className="field-hint">A new record replaces the one in force; the old one stays in the history.</p>
      ) : null}
      <div ref={explainedRef}>
        <CheckboxField
          id="consent-explained"
          label="I explained the limits of confidentiality"
          hint="What stays between us, and when I would have to share (for example, if someone is at risk of harm)."
          isChecked={hasExplained}
          onChange={setHasExplained}
        />
      </div>
      <fieldset className="form-subsection">
        <legend>What they agree to</legend>
        {consentPurposes.map((purpose) => (
          <CheckboxField
            key={purpose}
            id={`consent-${purpose}`}
            label={consentPurposeLabels[purpose]}
            isChecked={agreements[purpose]}
            onChange={(isChecked) => setAgreements((current) => ({ ...current, [purpose]: isChecked }))}
          />
        ))}
      </fieldset>
      <RadioGroup
        id="consent-given-by"
        legend="Given by"
        value={givenBy}
        options={(['client', 'parent-carer'] as const).map((value) => ({ value, label: givenByLabels[value] }))}
        onChange={setGivenBy}
      />
      {givenBy === 'parent-carer' ? (
        <SelectField
          id="consent-given-by-contact"
          label="Which parent or carer"
          hint={
            contacts.value?.length === 0
              ? 'No parents or carers are recorded for this client yet: add them on the client’s page to name them here.'
              : undefined
          }
          value={contactId}
          options={[
            { value: '', label: 'Not one of their recorded contacts' },
            ...(contacts.value ?? []).map((contact) => ({
              value: contact.id,
              label: `${contact.name}${contact.relationship ? ` (${contact.relationship})` : ''}${contact.hasParentalResponsibility ? '' : ', no parental responsibility recorded'}`,
            })),
          ]}
          onChange={setContactId}
        />
      ) : null}
      <RadioGroup
        id="consent-method"
        legend="How"
        value={method}
        options={(['verbal', 'written'] as const).map((value) => ({ value, label: methodLabels[value] }))}
        onChange={setMethod}
      />
      <DateField
        id="consent-given-on"
        label="Date given"
        value={givenOn}
        onChange={setGivenOn}
        hint={dateHint(givenOn, 'The day they agreed.')}
      />
      <FormAlert id="consent-problem" message={problem} />
      <SubmitButton isBusy={isBusy} busyLabel="Recording…">
        Record consent
      </SubmitButton>
    </form>
  );
}
