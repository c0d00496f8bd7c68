// Logging a subject-access request: when it came, who made it and how they are
// related to the client, where the letter goes, and the identity check if it
// is already done (it can be recorded on the request later).
import { useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { useQuery } from '../api/use-query';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { FormAlert } from '../components/FormAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { formatDate, todayInLondon } from '../format/dates';
import { IdentityCheckFields, identityCheckErrors, type IdentityCheckDraft } from './IdentityCheckFields';
import { RadioGroup } from './RadioGroup';
import { dateHint, relationshipLabels } from './privacy-labels';

type Relationship = keyof typeof relationshipLabels;
type Props = { clientId: string; onLogged: (message: string) => void };

export function LogRequestForm({ clientId, onLogged }: Props) {
  const [receivedOn, setReceivedOn] = useState(todayInLondon());
  const [requesterName, setRequesterName] = useState('');
  const [relationship, setRelationship] = useState<Relationship>('self');
  const [requesterAddress, setRequesterAddress] = useState('');
  const [contactId, setContactId] = useState('');
  const contacts = useQuery('contacts.list', { clientId });
  const parents = contacts.value ?? [];
  const chooseContact = (id: string) => {
    setContactId(id);
    const contact = parents.find((candidate) => candidate.id === id);
    if (!contact) return;
    setRequesterName(contact.name);
    if (!requesterAddress.trim() && contact.email) setRequesterAddress(contact.email);
  };
  const [isIdentityChecked, setIsIdentityChecked] = useState(false);
  const [identityCheck, setIdentityCheck] = useState<IdentityCheckDraft>({
    checkedBy: '',
    method: '',
    checkedOn: todayInLondon(),
  });
  const [identityErrors, setIdentityErrors] = useState<Partial<Record<keyof IdentityCheckDraft, string>>>({});
  const [nameError, setNameError] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      if (!requesterName.trim()) {
        setNameError('Who made the request?');
        nameRef.current?.focus();
        return;
      }
      setNameError('');
      if (!receivedOn) {
        setProblem('Enter the date the request was received.');
        return;
      }
      const checkErrors = isIdentityChecked ? identityCheckErrors(identityCheck) : null;
      setIdentityErrors(checkErrors ?? {});
      if (checkErrors) return;
      const result = await call('requests.log', {
        clientId,
        receivedOn,
        requesterName: requesterName.trim(),
        relationship,
        ...(requesterAddress.trim() ? { requesterAddress: requesterAddress.trim() } : {}),
        ...(relationship === 'parent-carer' && contactId ? { requesterContactId: contactId } : {}),
        ...(isIdentityChecked
          ? {
              identityCheck: {
                checkedBy: identityCheck.checkedBy.trim(),
                method: identityCheck.method.trim(),
                checkedOn: identityCheck.checkedOn,
              },
            }
          : {}),
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setRequesterName('');
      setContactId('');
      setRequesterAddress('');
      setIsIdentityChecked(false);
      onLogged(
        `Request logged. It is due by ${formatDate(result.value.dueOn)}.${isIdentityChecked ? '' : ' Check the requester’s identity before sending anything.'}`,
      );
    });
  };

  return (
    <form className="form-subsection" onSubmit={submit} noValidate aria-labelledby="log-request-heading">
      <h3 id="log-request-heading">Log a request</h3>
      <DateField
        id="request-received"
        label="Date received"
        value={receivedOn}
        onChange={setReceivedOn}
        hint={dateHint(receivedOn, 'The day the request reached you.')}
      />
      <TextField
        id="request-name"
        label="Requester’s name"
        value={requesterName}
        onChange={setRequesterName}
        error={nameError}
        inputRef={nameRef}
        inputProps={{ maxLength: 150 }}
      />
      <RadioGroup
        id="request-relationship"
        legend="Who is asking"
        value={relationship}
        options={(Object.keys(relationshipLabels) as Relationship[]).map((value) => ({
          value,
          label: relationshipLabels[value],
        }))}
        onChange={setRelationship}
      />
      {relationship === 'parent-carer' && parents.length > 0 ? (
        <SelectField
          id="request-contact"
          label="Which parent or carer"
          hint="From the client's contacts: fills in their name and email."
          value={contactId}
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
        id="request-address"
        label="Where to send the reply (optional)"
        hint="A postal or email address for the letter. Leave it empty if you will hand it over."
        value={requesterAddress}
        onChange={setRequesterAddress}
        rows={3}
        maxLength={500}
      />
      <CheckboxField
        id="request-identity"
        label="I have checked their identity"
        hint="Say who checked, how and when. You can also record this on the request later, before sending anything."
        isChecked={isIdentityChecked}
        onChange={setIsIdentityChecked}
      />
      {isIdentityChecked ? (
        <IdentityCheckFields
          idPrefix="request-identity"
          value={identityCheck}
          onChange={setIdentityCheck}
          errors={identityErrors}
        />
      ) : null}
      <FormAlert id="request-problem" message={problem} />
      <SubmitButton isBusy={isBusy} busyLabel="Logging…">
        Log the request
      </SubmitButton>
    </form>
  );
}
