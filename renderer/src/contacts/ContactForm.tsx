// Adding or changing one parent, carer or other contact: name, relationship,
// how to reach them, parental responsibility and how they like to be contacted.
import { useEffect, useRef, type FormEvent } from 'react';
import { clientContactInputSchema, type ClientContact } from '../../../shared/contract/contacts';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
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
  const { draft, field, checkbox, formRef, status, submit } = useDraftForm(
    'contact',
    {
      name: contact?.name ?? '',
      relationship: contact?.relationship ?? '',
      phone: contact?.phone ?? '',
      email: contact?.email ?? '',
      hasParentalResponsibility: contact?.hasParentalResponsibility ?? false,
      contactPreferences: contact?.contactPreferences ?? '',
    },
    clientContactInputSchema,
  );
  const nameRef = useRef<HTMLInputElement>(null);
  // The form opens where the adviser asked for it: start typing the name.
  useEffect(() => nameRef.current?.focus(), []);

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
        <TextField {...field('name')} label="Name" inputRef={nameRef} />
        <TextField
          {...field('relationship')}
          label="Relationship"
          hint="In the family's words: Mum, Grandad, Foster carer."
        />
      </div>
      <div className="field-row">
        <TextField {...field('phone')} label="Phone" type="tel" />
        <TextField {...field('email')} label="Email" type="email" />
      </div>
      <CheckboxField
        {...checkbox('hasParentalResponsibility')}
        label="Has parental responsibility"
        hint="They may give consent for a younger pupil, or ask for their records."
      />
      <TextAreaField
        {...field('contactPreferences')}
        id="contact-preferences"
        label="Contact preferences"
        hint="How they like to be contacted, and anything to avoid (for example, not by post)."
        rows={2}
      />
      <FormActions idPrefix="contact" status={status} onCancel={onCancel}>
        {contact ? 'Save changes' : 'Add contact'}
      </FormActions>
    </form>
  );
}
