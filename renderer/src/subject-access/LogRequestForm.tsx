// Logging a subject-access request: when it came, who made it and how they are
// related to the client, where the letter goes, and the identity check if it
// is already done (it can be recorded on the request later).
import type { FormEvent } from 'react';
import { subjectAccessChannels, type IdentityCheck } from '../../../shared/contract/subject-access';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { errorsWithin } from '../app/field-errors';
import { checkWith, useDraftForm } from '../app/use-form';
import { CheckboxField } from '../components/CheckboxField';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { formatDate, todayInLondon } from '../format/dates';
import { IdentityCheckFields } from './IdentityCheckFields';
import { RadioGroup } from '../privacy/RadioGroup';
import { dateHint, relationshipLabels } from '../privacy/privacy-labels';

type Relationship = keyof typeof relationshipLabels;
type Props = { clientId: string; onLogged: (message: string) => void };

const newRequest = () => ({
  receivedOn: todayInLondon(),
  requesterName: '',
  relationship: 'self' as Relationship,
  requesterAddress: '',
  contactId: '',
  isIdentityChecked: false,
  identityCheck: { checkedBy: '', method: '', checkedOn: todayInLondon() } as IdentityCheck,
});

export function LogRequestForm({ clientId, onLogged }: Props) {
  const { draft, change, field, checkbox, setDraft, formRef, errors, status, submit } = useDraftForm(
    'request',
    newRequest,
    subjectAccessChannels['subjectAccess.logRequest'].input,
  );
  const contacts = useQuery('contacts.list', { clientId });
  const parents = contacts.value ?? [];
  const chooseContact = (contactId: string) => {
    const contact = parents.find((candidate) => candidate.id === contactId);
    change({ contactId });
    if (!contact) return;
    change({ requesterName: contact.name });
    if (!draft.requesterAddress.trim() && contact.email) change({ requesterAddress: contact.email });
  };

  const log = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(subjectAccessChannels['subjectAccess.logRequest'].input, {
          clientId,
          receivedOn: draft.receivedOn,
          requesterName: draft.requesterName,
          relationship: draft.relationship,
          ...(draft.requesterAddress.trim() ? { requesterAddress: draft.requesterAddress } : {}),
          ...(draft.relationship === 'parent-carer' && draft.contactId ? { requesterContactId: draft.contactId } : {}),
          ...(draft.isIdentityChecked ? { identityCheck: draft.identityCheck } : {}),
        }),
      send: (input) => call('subjectAccess.logRequest', input),
      onSent: (request) => {
        setDraft({ ...newRequest(), receivedOn: draft.receivedOn, relationship: draft.relationship });
        onLogged(
          `Request logged. It is due by ${formatDate(request.dueOn)}.${draft.isIdentityChecked ? '' : ' Check the requester’s identity before sending anything.'}`,
        );
      },
    });

  return (
    <form ref={formRef} className="form-subsection" onSubmit={log} noValidate aria-labelledby="log-request-heading">
      <h3 id="log-request-heading">Log a request</h3>
      <DateField
        {...field('receivedOn')}
        label="Date received"
        hint={dateHint(draft.receivedOn, 'The day the request reached you.')}
      />
      <TextField {...field('requesterName')} label="Requester’s name" />
      <RadioGroup
        id="request-relationship"
        legend="Who is asking"
        value={draft.relationship}
        options={(Object.keys(relationshipLabels) as Relationship[]).map((value) => ({
          value,
          label: relationshipLabels[value],
        }))}
        onChange={(relationship) => change({ relationship })}
      />
      {draft.relationship === 'parent-carer' && parents.length > 0 ? (
        <SelectField
          {...field('contactId')}
          label="Which parent or carer"
          hint="From the client's contacts: fills in their name and email."
          options={[
            { value: '', label: 'Someone not on the record' },
            ...parents.map((contact) => ({
              value: contact.id,
              label: `${contact.name}${contact.relationship ? ` (${contact.relationship})` : ''}`,
            })),
          ]}
          onChange={chooseContact}
        />
      ) : null}
      <TextAreaField
        {...field('requesterAddress')}
        label="Where to send the reply (optional)"
        hint="A postal or email address for the letter. Leave it empty if you will hand it over."
        rows={3}
      />
      <CheckboxField
        {...checkbox('isIdentityChecked')}
        label="I have checked their identity"
        hint="Say who checked, how and when. You can also record this on the request later, before sending anything."
      />
      {draft.isIdentityChecked ? (
        <IdentityCheckFields
          idPrefix="request-identity"
          value={draft.identityCheck}
          onChange={(identityCheck) => change({ identityCheck })}
          errors={errorsWithin(errors, 'identityCheck')}
        />
      ) : null}
      <FormActions idPrefix="request" status={status} busyLabel="Logging…">
        Log the request
      </FormActions>
    </form>
  );
}
