// The organisation form's working copy (text as typed, money in pounds) and
// its translation into the contract's input: numbers parsed, the rate turned
// into pence, empty contacts and an empty agreement left out, then checked
// with the same schema main uses.
import type { BoughtUnit } from '../../../shared/agreement-delivery';
import type { ContactRole, OrganisationKind, Service } from '../../../shared/caseload';
import { organisationInputSchema } from '../../../shared/contract/caseload';
import { noSafeguardingLeads, type SafeguardingLeads } from '../../../shared/contract/safeguarding';
import type { Organisation, OrganisationInput } from '../api/contract-types';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';
import { parseDecimal, parsePounds, penceToPounds } from '../format/numbers';

type Contact = Organisation['contacts'][number];

/** The contacts the form asks for by name; any others are kept as they are. */
export const formContactRoles = ['careers-leader', 'senco', 'main-office'] as const satisfies readonly ContactRole[];
export type FormContactRole = (typeof formContactRoles)[number];
export type ContactDraft = { name: string; email: string; phone: string };

export type OrganisationDraft = {
  name: string;
  kind: OrganisationKind;
  address: string;
  contacts: Record<FormContactRole, ContactDraft>;
  otherContacts: Contact[];
  services: Service[];
  hoursPerYear: string;
  daysPerYear: string;
  ratePounds: string;
  rateUnit: '' | BoughtUnit;
  startsOn: string;
  endsOn: string;
  /** The designated safeguarding lead and deputy, to report a concern to the same day. */
  safeguarding: SafeguardingLeads;
};

const emptyContact: ContactDraft = { name: '', email: '', phone: '' };

export function newOrganisationDraft(): OrganisationDraft {
  return {
    name: '',
    kind: 'school',
    address: '',
    contacts: { 'careers-leader': emptyContact, senco: emptyContact, 'main-office': emptyContact },
    otherContacts: [],
    services: [],
    hoursPerYear: '',
    daysPerYear: '',
    ratePounds: '',
    rateUnit: 'day',
    startsOn: '',
    endsOn: '',
    safeguarding: noSafeguardingLeads,
  };
}

export function draftFromOrganisation(organisation: Organisation): OrganisationDraft {
  const contactFor = (role: FormContactRole): ContactDraft => {
    const contact = organisation.contacts.find((candidate) => candidate.role === role);
    return contact ? { name: contact.name, email: contact.email, phone: contact.phone } : emptyContact;
  };
  const agreement = organisation.agreement;
  return {
    name: organisation.name,
    kind: organisation.kind,
    address: organisation.address,
    contacts: { 'careers-leader': contactFor('careers-leader'), senco: contactFor('senco'), 'main-office': contactFor('main-office') },
    otherContacts: organisation.contacts.filter((contact) => !(formContactRoles as readonly string[]).includes(contact.role)),
    services: agreement?.services ?? [],
    hoursPerYear: agreement?.hoursPerYear === null || agreement?.hoursPerYear === undefined ? '' : String(agreement.hoursPerYear),
    daysPerYear: agreement?.daysPerYear === null || agreement?.daysPerYear === undefined ? '' : String(agreement.daysPerYear),
    ratePounds: penceToPounds(agreement?.ratePence ?? null),
    rateUnit: agreement?.rateUnit ?? 'day',
    startsOn: agreement?.startsOn ?? '',
    endsOn: agreement?.endsOn ?? '',
    safeguarding: organisation.safeguarding,
  };
}

export type CheckedOrganisation = { input: OrganisationInput; errors: null } | { input: null; errors: FieldErrors };

export function checkOrganisationDraft(draft: OrganisationDraft, id: string | null): CheckedOrganisation {
  const errors: FieldErrors = {};
  const hoursPerYear = parseDecimal(draft.hoursPerYear);
  const daysPerYear = parseDecimal(draft.daysPerYear);
  const ratePence = parsePounds(draft.ratePounds);
  if (Number.isNaN(hoursPerYear)) errors['agreement.hoursPerYear'] = 'Enter the hours as a number, such as 60 or 7.5.';
  if (Number.isNaN(daysPerYear)) errors['agreement.daysPerYear'] = 'Enter the days as a number, such as 12 or 0.5.';
  if (Number.isNaN(ratePence)) errors['agreement.ratePence'] = 'Enter the rate in pounds, such as 350 or 42.50.';
  if (draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn) errors['agreement.endsOn'] = 'The end date is before the start date.';

  const contacts = formContactRoles
    .filter((role) => Object.values(draft.contacts[role]).some((value) => value.trim() !== ''))
    .map((role) => ({ role, ...draft.contacts[role] }));
  const hasAgreement =
    draft.services.length > 0 || hoursPerYear !== null || daysPerYear !== null || ratePence !== null || draft.startsOn !== '' || draft.endsOn !== '';
  const candidate = {
    ...(id ? { id } : {}),
    name: draft.name,
    kind: draft.kind,
    address: draft.address,
    contacts: [...contacts, ...draft.otherContacts],
    agreement: hasAgreement
      ? {
          services: draft.services,
          hoursPerYear,
          daysPerYear,
          ratePence,
          // A unit means nothing without a rate.
          rateUnit: ratePence === null || draft.rateUnit === '' ? null : draft.rateUnit,
          startsOn: draft.startsOn || null,
          endsOn: draft.endsOn || null,
        }
      : null,
    safeguarding: draft.safeguarding,
  };
  const parsed = organisationInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const [path, message] of Object.entries(fieldErrorsFrom(parsed.error.issues))) {
      // Contacts are checked as a list; the form shows them by role.
      const contactPath = /^contacts\.(\d+)\.(\w+)$/.exec(path);
      const role = contactPath ? candidate.contacts[Number(contactPath[1])]?.role : undefined;
      const key = contactPath && role ? `contacts.${role}.${contactPath[2]}` : path;
      errors[key] ??= message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { input: null, errors };
  return { input: parsed.data, errors: null };
}
