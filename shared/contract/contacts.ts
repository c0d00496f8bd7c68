// Channels for a client's parents, carers and other people around them: who
// may give consent for a younger pupil, make a subject-access request for
// them, or be named in a plan as a supporter.
import { z } from 'zod';
import { channel, type Channel } from './channel';
import { fieldLimits } from './limits';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const contactLimits = { relationship: 60, contactPreferences: 500 } as const;

/** Loose on purpose: a mistyped address is the adviser's to notice, but something without an @ is never an address. */
const email = text(fieldLimits.email, 'The email address').refine(
  (value) => value === '' || /^[^\s@]+@[^\s@]+$/.test(value),
  'Enter an email address such as name@example.com, or leave it blank.',
);

export const clientContactInputSchema = z.strictObject({
  /** Absent when adding a contact. */
  id: id.optional(),
  clientId: id,
  name: text(fieldLimits.name, 'The name').min(1, 'Give the name of the parent, carer or other contact.'),
  relationship: text(contactLimits.relationship, 'The relationship'),
  phone: text(fieldLimits.phone, 'The phone number'),
  email,
  hasParentalResponsibility: z.boolean(),
  contactPreferences: text(contactLimits.contactPreferences, 'Contact preferences'),
});
export type ClientContactInput = z.infer<typeof clientContactInputSchema>;

export const clientContactSchema = z.object({
  id,
  clientId: id,
  name: z.string(),
  relationship: z.string(),
  phone: z.string(),
  email: z.string(),
  hasParentalResponsibility: z.boolean(),
  contactPreferences: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientContact = z.infer<typeof clientContactSchema>;

export const contactsChannels = {
  /** A client's contacts, in the order they were added. */
  'contacts.list': channel({ input: z.strictObject({ clientId: id }), output: z.array(clientContactSchema) }),
  /** Adds a contact, or changes one when id is given. */
  'contacts.save': channel({ input: clientContactInputSchema, output: clientContactSchema }),
  /** Refused while a consent record names the contact as the person who gave it. */
  'contacts.remove': channel({ input: z.strictObject({ clientId: id, id }), output: z.object({}) }),
} satisfies Record<string, Channel>;
