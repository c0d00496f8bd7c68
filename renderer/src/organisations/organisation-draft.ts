// The organisation form's working copy (text as typed, money in pounds) and
// its translation into the contract's input: numbers parsed, the rate turned
// into pence, empty contacts and an empty agreement left out, then checked
// with the same schema main uses. Every term the agreement holds travels
// through the draft, so saving the form never drops one back to its default.
import type { BoughtUnit } from '../../../shared/agreement-delivery';
import type { ContactRole, OrganisationKind, Service } from '../../../shared/caseload';
import { organisationInputSchema } from '../../../shared/contract/organisations';
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
  urn: string;
  contacts: Record<FormContactRole, ContactDraft>;
  otherContacts: Contact[];
  services: Service[];
  /** What was bought, in the unit it was bought in: 12 days, 80 interviews. */
  boughtUnit: BoughtUnit;
  boughtQuantity: string;
  hoursPerDay: string;
  doesNonAttendanceCount: boolean;
  ratePounds: string;
  rateUnit: '' | BoughtUnit;
  paymentDays: string;
  billingName: string;
  billingAddress: string;
  purchaseOrder: string;
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
    urn: '',
    contacts: { 'careers-leader': emptyContact, senco: emptyContact, 'main-office': emptyContact },
    otherContacts: [],
    services: [],
    boughtUnit: 'day',
    boughtQuantity: '',
    hoursPerDay: '6',
    doesNonAttendanceCount: true,
    ratePounds: '',
    rateUnit: 'day',
    paymentDays: '30',
    billingName: '',
    billingAddress: '',
    purchaseOrder: '',
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
    urn: organisation.urn,
    contacts: {
      'careers-leader': contactFor('careers-leader'),
      senco: contactFor('senco'),
      'main-office': contactFor('main-office'),
    },
    otherContacts: organisation.contacts.filter(
      (contact) => !(formContactRoles as readonly string[]).includes(contact.role),
    ),
    services: agreement?.services ?? [],
    ...boughtFrom(agreement),
    hoursPerDay: String(agreement?.hoursPerDay ?? 6),
    doesNonAttendanceCount: agreement?.doesNonAttendanceCount ?? true,
    ratePounds: penceToPounds(agreement?.ratePence ?? null),
    rateUnit: agreement?.rateUnit ?? 'day',
    paymentDays: String(agreement?.paymentDays ?? 30),
    billingName: agreement?.billingName ?? '',
    billingAddress: agreement?.billingAddress ?? '',
    purchaseOrder: agreement?.purchaseOrder ?? '',
    startsOn: agreement?.startsOn ?? '',
    endsOn: agreement?.endsOn ?? '',
    safeguarding: organisation.safeguarding,
  };
}

/** An agreement saved before units were recorded still says what it bought, in days or hours. */
function boughtFrom(agreement: Organisation['agreement']): Pick<OrganisationDraft, 'boughtUnit' | 'boughtQuantity'> {
  if (agreement?.boughtUnit && agreement.boughtQuantity !== null)
    return { boughtUnit: agreement.boughtUnit, boughtQuantity: String(agreement.boughtQuantity) };
  if (agreement?.daysPerYear !== null && agreement?.daysPerYear !== undefined)
    return { boughtUnit: 'day', boughtQuantity: String(agreement.daysPerYear) };
  if (agreement?.hoursPerYear !== null && agreement?.hoursPerYear !== undefined)
    return { boughtUnit: 'hour', boughtQuantity: String(agreement.hoursPerYear) };
  return { boughtUnit: agreement?.boughtUnit ?? 'day', boughtQuantity: '' };
}

/** A whole number as typed; null when blank; NaN when not a whole number. */
function parseWhole(text: string): number | null {
  const tidy = text.trim();
  if (tidy === '') return null;
  return /^\d+$/.test(tidy) ? Number(tidy) : Number.NaN;
}

export type CheckedOrganisation = { input: OrganisationInput; errors: null } | { input: null; errors: FieldErrors };

export function checkOrganisationDraft(draft: OrganisationDraft, id: string | null): CheckedOrganisation {
  const errors: FieldErrors = {};
  const boughtQuantity = parseDecimal(draft.boughtQuantity);
  const hoursPerDay = parseDecimal(draft.hoursPerDay);
  const paymentDays = parseWhole(draft.paymentDays);
  const ratePence = parsePounds(draft.ratePounds);
  if (Number.isNaN(boughtQuantity))
    errors['agreement.boughtQuantity'] = 'Enter how many were bought as a number, such as 12 or 7.5.';
  if (Number.isNaN(hoursPerDay) || hoursPerDay === null)
    errors['agreement.hoursPerDay'] = 'Enter the hours in a day as a number, such as 6 or 6.5.';
  if (Number.isNaN(paymentDays) || paymentDays === null)
    errors['agreement.paymentDays'] = 'Enter the days to pay as a whole number, such as 30.';
  if (Number.isNaN(ratePence)) errors['agreement.ratePence'] = 'Enter the rate in pounds, such as 350 or 42.50.';
  const quantity = boughtQuantity === null || Number.isNaN(boughtQuantity) ? null : boughtQuantity;
  if (draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn)
    errors['agreement.endsOn'] = 'The end date is before the start date.';

  const contacts = formContactRoles
    .filter((role) => Object.values(draft.contacts[role]).some((value) => value.trim() !== ''))
    .map((role) => ({ role, ...draft.contacts[role] }));
  const hasAgreement =
    draft.services.length > 0 ||
    boughtQuantity !== null ||
    ratePence !== null ||
    draft.startsOn !== '' ||
    draft.endsOn !== '' ||
    [draft.billingName, draft.billingAddress, draft.purchaseOrder].some((value) => value.trim() !== '');
  const candidate = {
    ...(id ? { id } : {}),
    name: draft.name,
    kind: draft.kind,
    address: draft.address,
    urn: draft.urn,
    contacts: [...contacts, ...draft.otherContacts],
    agreement: hasAgreement
      ? {
          services: draft.services,
          // The older figures follow what was bought, for anything that still reads them.
          hoursPerYear: draft.boughtUnit === 'hour' ? quantity : null,
          daysPerYear: draft.boughtUnit === 'day' && quantity !== null && quantity <= 366 ? quantity : null,
          boughtUnit: quantity === null ? null : draft.boughtUnit,
          boughtQuantity: quantity,
          hoursPerDay: hoursPerDay === null || Number.isNaN(hoursPerDay) ? 6 : hoursPerDay,
          doesNonAttendanceCount: draft.doesNonAttendanceCount,
          ratePence,
          // A unit means nothing without a rate.
          rateUnit: ratePence === null || draft.rateUnit === '' ? null : draft.rateUnit,
          paymentDays: paymentDays === null || Number.isNaN(paymentDays) ? 30 : paymentDays,
          billingName: draft.billingName,
          billingAddress: draft.billingAddress,
          purchaseOrder: draft.purchaseOrder,
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
