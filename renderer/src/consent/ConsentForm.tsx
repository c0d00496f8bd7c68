// Recording consent: the limits of confidentiality explained, what is agreed
// per purpose, by whom, when and how. A new record replaces the one in force.
import type { FormEvent } from 'react';
import { consentChannels } from '../../../shared/contract/consent';
import { consentPurposeLabels, consentPurposes, type ConsentPurpose } from '../../../shared/consent';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { checkWith, useDraftForm } from '../app/use-form';
import { CheckboxField } from '../components/CheckboxField';
import { DateField } from '../components/DateField';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { formatDate, todayInLondon } from '../format/dates';
import { RadioGroup } from '../privacy/RadioGroup';
import { dateHint, describeAgreements, givenByLabels, methodLabels } from '../privacy/privacy-labels';

type Props = { clientId: string; hasConsent: boolean; onRecorded: (message: string) => void };

const noneAgreed = Object.fromEntries(consentPurposes.map((purpose) => [purpose, false])) as Record<
  ConsentPurpose,
  boolean
>;

export function ConsentForm({ clientId, hasConsent, onRecorded }: Props) {
  const { draft, change, field, checkbox, setDraft, formRef, status, submit } = useDraftForm('consent', () => ({
    hasExplainedConfidentiality: false,
    agreements: noneAgreed,
    givenBy: 'client' as 'client' | 'parent-carer',
    /** '' when the parent or carer is not one of the client's recorded contacts. */
    givenByContactId: '',
    method: 'verbal' as 'verbal' | 'written',
    givenOn: todayInLondon(),
  }));
  const contacts = useQuery('contacts.list', { clientId });

  const record = (event: FormEvent) =>
    submit(event, {
      // Consent only counts once the client knows its limits: the box comes before anything else.
      check: () =>
        draft.hasExplainedConfidentiality
          ? checkWith(consentChannels['consent.record'].input, {
              clientId,
              consent: {
                ...draft,
                givenByContactId:
                  draft.givenBy === 'parent-carer' && draft.givenByContactId ? draft.givenByContactId : null,
              },
            })
          : {
              errors: {},
              problem:
                'Explain the limits of confidentiality first, then tick the box: consent only counts once the client knows them.',
              focus: () => document.getElementById('consent-hasExplainedConfidentiality')?.focus(),
            },
      send: (input) => call('consent.record', input),
      onSent: ({ givenOn, agreements }) =>
        onRecorded(`Consent recorded, given on ${formatDate(givenOn)}. Agreed to: ${describeAgreements(agreements)}.`),
    });

  return (
    <form ref={formRef} className="form-subsection" onSubmit={record} noValidate aria-labelledby="consent-form-heading">
      <h3 id="consent-form-heading">{hasConsent ? 'Record new consent' : 'Record consent'}</h3>
      {hasConsent ? (
        <p className="field-hint">A new record replaces the one in force; the old one stays in the history.</p>
      ) : null}
      <CheckboxField
        {...checkbox('hasExplainedConfidentiality')}
        label="I explained the limits of confidentiality"
        hint="What stays between us, and when I would have to share (for example, if someone is at risk of harm)."
      />
      <fieldset className="form-subsection">
        <legend>What they agree to</legend>
        {consentPurposes.map((purpose) => (
          <CheckboxField
            key={purpose}
            id={`consent-${purpose}`}
            label={consentPurposeLabels[purpose]}
            isChecked={draft.agreements[purpose]}
            onChange={(isChecked) =>
              setDraft((current) => ({ ...current, agreements: { ...current.agreements, [purpose]: isChecked } }))
            }
          />
        ))}
      </fieldset>
      <RadioGroup
        id="consent-given-by"
        legend="Given by"
        value={draft.givenBy}
        options={(['client', 'parent-carer'] as const).map((value) => ({ value, label: givenByLabels[value] }))}
        onChange={(givenBy) => change({ givenBy })}
      />
      {draft.givenBy === 'parent-carer' ? (
        <SelectField
          {...field('givenByContactId')}
          label="Which parent or carer"
          hint={
            contacts.value?.length === 0
              ? 'No parents or carers are recorded for this client yet: add them on the client’s page to name them here.'
              : undefined
          }
          options={[
            { value: '', label: 'Not one of their recorded contacts' },
            ...(contacts.value ?? []).map((contact) => ({
              value: contact.id,
              label: `${contact.name}${contact.relationship ? ` (${contact.relationship})` : ''}${contact.hasParentalResponsibility ? '' : ', no parental responsibility recorded'}`,
            })),
          ]}
        />
      ) : null}
      <RadioGroup
        id="consent-method"
        legend="How"
        value={draft.method}
        options={(['verbal', 'written'] as const).map((value) => ({ value, label: methodLabels[value] }))}
        onChange={(method) => change({ method })}
      />
      <DateField {...field('givenOn')} label="Date given" hint={dateHint(draft.givenOn, 'The day they agreed.')} />
      {/* What was recorded is said above the form (consent-done), with what withdrawing says. */}
      <FormAlert id="consent-problem" message={status.problem} />
      <SubmitButton isBusy={status.isBusy} busyLabel="Recording…">
        Record consent
      </SubmitButton>
    </form>
  );
}
