// What each client field is called on the form, for the corrections log.
import type { ClientFields } from '../../../shared/contract/clients';

const labels: Record<keyof ClientFields, string> = {
  organisationId: 'Organisation',
  surname: 'Surname',
  forename: 'Forename',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  yearGroup: 'Year group',
  tutorGroup: 'Tutor group',
  upn: 'UPN or reference',
  keyWorker: 'Key worker',
  sendStatus: 'SEND',
  hasPupilPremium: 'Pupil premium',
  isAtRiskOfNeet: 'At risk of NEET',
  isLookedAfter: 'Looked after',
  isYoungCarer: 'Young carer',
  hasEnglishAsAdditionalLanguage: 'English as an additional language',
  postcode: 'Postcode',
  planLanguage: 'Language of their plans',
  isDyslexiaFriendly: 'Dyslexia-friendly documents',
  provisionLevel: 'Provision level',
  referralSource: 'Referred by',
  email: 'Email',
  phone: 'Phone',
  aboutMe: 'About me',
  reviewDueOn: 'Review due',
};

export function clientFieldLabel(field: string): string {
  return field in labels ? labels[field as keyof ClientFields] : field;
}
