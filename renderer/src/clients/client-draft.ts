// The client form's working copy: every field as the inputs hold it (text,
// with '' for "not given"), and its translation to the contract's fields,
// checked with the same schema main uses.
import { clientFieldsSchema, type Client, type ClientFields } from '../../../shared/contract/clients';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';
import { optionToYearGroup, yearGroupToOption } from '../caseload/options';

export type ClientDraft = {
  organisationId: string;
  surname: string;
  forename: string;
  preferredName: string;
  dateOfBirth: string;
  yearGroup: string;
  tutorGroup: string;
  upn: string;
  keyWorker: string;
  sendStatus: string;
  hasPupilPremium: boolean;
  isAtRiskOfNeet: boolean;
  isLookedAfter: boolean;
  isYoungCarer: boolean;
  hasEnglishAsAdditionalLanguage: boolean;
  postcode: string;
  planLanguage: string;
  isDyslexiaFriendly: boolean;
  provisionLevel: string;
  referralSource: string;
  email: string;
  phone: string;
  aboutMe: string;
  reviewDueOn: string;
};

export function newClientDraft(organisationId: string): ClientDraft {
  return {
    organisationId,
    surname: '',
    forename: '',
    preferredName: '',
    dateOfBirth: '',
    yearGroup: 'adult',
    tutorGroup: '',
    upn: '',
    keyWorker: '',
    sendStatus: 'none',
    hasPupilPremium: false,
    isAtRiskOfNeet: false,
    isLookedAfter: false,
    isYoungCarer: false,
    hasEnglishAsAdditionalLanguage: false,
    postcode: '',
    planLanguage: 'en',
    isDyslexiaFriendly: false,
    provisionLevel: 'core',
    referralSource: '',
    email: '',
    phone: '',
    aboutMe: '',
    reviewDueOn: '',
  };
}

export function draftFromClient(client: Client): ClientDraft {
  return {
    organisationId: client.organisationId,
    surname: client.surname,
    forename: client.forename,
    preferredName: client.preferredName,
    dateOfBirth: client.dateOfBirth ?? '',
    yearGroup: yearGroupToOption(client.yearGroup),
    tutorGroup: client.tutorGroup,
    upn: client.upn,
    keyWorker: client.keyWorker,
    sendStatus: client.sendStatus,
    hasPupilPremium: client.hasPupilPremium,
    isAtRiskOfNeet: client.isAtRiskOfNeet,
    isLookedAfter: client.isLookedAfter,
    isYoungCarer: client.isYoungCarer,
    hasEnglishAsAdditionalLanguage: client.hasEnglishAsAdditionalLanguage,
    postcode: client.postcode,
    planLanguage: client.planLanguage,
    isDyslexiaFriendly: client.isDyslexiaFriendly,
    provisionLevel: client.provisionLevel,
    referralSource: client.referralSource ?? '',
    email: client.email,
    phone: client.phone,
    aboutMe: client.aboutMe,
    reviewDueOn: client.reviewDueOn ?? '',
  };
}

export type CheckedDraft = { fields: ClientFields; errors: null } | { fields: null; errors: FieldErrors };

export function checkClientDraft(draft: ClientDraft): CheckedDraft {
  const parsed = clientFieldsSchema.safeParse({
    ...draft,
    dateOfBirth: draft.dateOfBirth || null,
    yearGroup: optionToYearGroup(draft.yearGroup),
    referralSource: draft.referralSource || null,
    reviewDueOn: draft.reviewDueOn || null,
  });
  return parsed.success
    ? { fields: parsed.data, errors: null }
    : { fields: null, errors: fieldErrorsFrom(parsed.error.issues) };
}
