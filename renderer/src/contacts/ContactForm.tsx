// Adding or changing one parent, carer or other contact: name, relationship,
// how to reach them, parental responsibility and how they like to be contacted.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { clientContactInputSchema, contactLimits, type ClientContact } from '../../../shared/contract/contacts';
import { fieldLimits } from '../../../shared/contract/limits';
import { call } from '../api/client';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { CheckboxField } from '../components/CheckboxField';
import { FormAlert } from '../components/FormAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';

type Props = { clientId: string; contact: ClientContact | null; onSaved: (contact: ClientContact) => void; onCancel: () => void };

export function ContactForm({ clientId, contact, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState({
    name: contact?.name ?? '',
    relationship: contact?.relationship ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    hasParentalResponsibility: contact?.hasParentalResponsibility ?? false,
    contactPreferences: contact?.contactPreferences ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  // The form opens where the adviser asked for it: start typing the name.
  useEffect(() => nameRef.current?.focus(), []);
  const change = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const parsed = clientContactInputSchema.safeParse({ ...(contact ? { id: contact.id } : {}), clientId, ...draft });
      if (!parsed.success) {
        setErrors(fieldErrorsFrom(parsed.error.issues));
        setProblem('');
        // Focus moves once the marked fields have rendered.
        requestAnimationFrame(() => focusFirstInvalid(formRef.current));
        return;
      }
      setErrors({});
      const result = await call('contacts.save', parsed.data);
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      onSaved(result.value);
    });
  };

  const heading = contact ? `Change ${contact.name}’s details` : 'Add a parent, carer or other contact';
  return (
    <form ref={formRef} className="form-subsection" onSubmit={submit} noValidate aria-labelledby="contact-form-heading">
      <h3 id="contact-form-heading">{heading}</h3>
      <div className="field-row">
        <TextField id="contact-name" label="Name" value={draft.name} onChange={(name) => change({ name })} error={errors.name} inputRef={nameRef} inputProps={{ maxLength: fieldLimits.name }} />
        <TextField
          id="contact-relationship"
          label="Relationship"
          hint="In the family's words: Mum, Grandad, Foster carer."
          value={draft.relationship}
          onChange={(relationship) => change({ relationship })}
          error={errors.relationship}
          inputProps={{ maxLength: contactLimits.relationship }}
        />
      </div>
      <div className="field-row">
        <TextField id="contact-phone" label="Phone" type="tel" value={draft.phone} onChange={(phone) => change({ phone })} error={errors.phone} inputProps={{ maxLength: fieldLimits.phone }} />
        <TextField id="contact-email" label="Email" type="email" value={draft.email} onChange={(email) => change({ email })} error={errors.email} inputProps={{ maxLength: fieldLimits.email }} />
      </div>
      <CheckboxField
        id="contact-parental-responsibility"
        label="Has parental responsibility"
        hint="They may give consent for a younger pupil, or ask for their records."
        isChecked={draft.hasParentalResponsibility}
        onChange={(hasParentalResponsibility) => change({ hasParentalResponsibility })}
      />
      <TextAreaField
        id="contact-preferences"
        label="Contact preferences"
        hint="How they like to be contacted, and anything to avoid (for example, not by post)."
        value={draft.contactPreferences}
        onChange={(contactPreferences) => change({ contactPreferences })}
        error={errors.contactPreferences}
        rows={2}
        maxLength={contactLimits.contactPreferences}
      />
      <FormAlert id="contact-problem" message={problem} />
      <div className="actions">
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          {contact ? 'Save changes' : 'Add contact'}
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
