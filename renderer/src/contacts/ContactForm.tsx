// Adding or changing one parent, carer or other contact: name, relationship,
// how to reach them, parental responsibility and how they like to be contacted.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { clientContactInputSchema, contactLimits, type ClientContact } from '../../../shared/contract/contacts';
import { fieldLimits } from '../../../shared/contract/limits';
import { call } from '../api/client';
import { checkWith, useForm } from '../app/use-form';
import { CheckboxField } from '../components/CheckboxField';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';

type Props = {
  clientId: string;
  contact: ClientContact | null;
  onSaved: (contact: ClientContact) => void;
  onCancel: () => void;
};

export function ContactForm({ clientId, contact, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState({
    name: contact?.name ?? '',
    relationship: contact?.relationship ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    hasParentalResponsibility: contact?.hasParentalResponsibility ?? false,
    contactPreferences: contact?.contactPreferences ?? '',
  });
  const { formRef, errors, status, submit } = useForm();
  const nameRef = useRef<HTMLInputElement>(null);
  // The form opens where the adviser asked for it: start typing the name.
  useEffect(() => nameRef.current?.focus(), []);
  const change = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));

  const save = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(clientContactInputSchema, { ...(contact ? { id: contact.id } : {}), clientId, ...draft }),
      send: (input) => call('contacts.save', input),
      onSent: onSaved,
    });

  const heading = contact ? `Change ${contact.name}’s details` : 'Add a parent, carer or other contact';
  return (
    <form ref={formRef} className="form-subsection" onSubmit={save} noValidate aria-labelledby="contact-form-heading">
      <h3 id="contact-form-heading">{heading}</h3>
      <div className="field-row">
        <TextField
          id="contact-name"
          label="Name"
          value={draft.name}
          onChange={(name) => change({ name })}
          error={errors.name}
          inputRef={nameRef}
          inputProps={{ maxLength: fieldLimits.name }}
        />
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
        <TextField
          id="contact-phone"
          label="Phone"
          type="tel"
          value={draft.phone}
          onChange={(phone) => change({ phone })}
          error={errors.phone}
          inputProps={{ maxLength: fieldLimits.phone }}
        />
        <TextField
          id="contact-email"
          label="Email"
          type="email"
          value={draft.email}
          onChange={(email) => change({ email })}
          error={errors.email}
          inputProps={{ maxLength: fieldLimits.email }}
        />
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
      <FormActions idPrefix="contact" status={status} onCancel={onCancel}>
        {contact ? 'Save changes' : 'Add contact'}
      </FormActions>
    </form>
  );
}
