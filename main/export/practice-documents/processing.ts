// What the practice processes and why, in the words the privacy notice and the
// record of processing use. Typed against shared/consent and shared/disclosures
// so a new lawful basis or consent purpose cannot be left out of the documents.
import { consentPurposeLabels, consentPurposes } from '../../../shared/consent';
import type { LawfulBasis } from '../../../shared/disclosures';

export const lawfulBasisLabels: Record<LawfulBasis, string> = {
  consent: 'Consent (UK GDPR Article 6(1)(a))',
  'legal-obligation': 'Legal obligation (Article 6(1)(c))',
  'vital-interests': 'Vital interests: to protect someone’s life (Article 6(1)(d))',
  'subject-access': 'The person’s right of access (Article 15), a legal obligation under Article 6(1)(c)',
  portability: 'The person’s right to data portability (Article 20), a legal obligation under Article 6(1)(c)',
};

export type ProcessingActivity = { purpose: string; lawfulBasis: string };

export const processingActivities: ProcessingActivity[] = [
  {
    purpose:
      'Careers information, advice and guidance: preparing for, holding and recording guidance interviews, writing the action plans that belong to the client, and following them up',
    lawfulBasis:
      'Legitimate interests (Article 6(1)(f)), or public task (Article 6(1)(e)) where the guidance is provided for a school or college under its statutory duty; for information about special educational needs or disabilities, Article 9(2)(g) with the Data Protection Act 2018, Schedule 1 (substantial public interest)',
  },
  ...consentPurposes.map((purpose) => ({
    purpose: consentPurposeLabels[purpose],
    lawfulBasis: lawfulBasisLabels.consent,
  })),
  {
    purpose: 'Answering requests to see, correct, move or erase information',
    lawfulBasis: lawfulBasisLabels['legal-obligation'],
  },
  {
    purpose: 'Sharing information without consent where someone is at risk of serious harm',
    lawfulBasis: lawfulBasisLabels['vital-interests'],
  },
];

export const dataSubjects = [
  'Young people and adults who receive careers guidance',
  'Parents and carers who give consent or ask for information on a young person’s behalf',
  'School and college staff named as tutors, key workers or contacts',
];

export const dataCategories = [
  'Name, date of birth, unique pupil number, email address and telephone number',
  'School or college, year group, tutor group and key worker',
  'Whether the client receives SEN support or has an education, health and care plan (special category data), pupil premium and risk of not being in education, employment or training',
  'Notes from guidance interviews, scaling scores, career learning competencies and intended destinations',
  'Action plans and every version of them, with any pictures added',
  'What the client agreed to share and with whom, and withdrawals of consent',
  'Requests made under data protection law and how they were answered',
];

export const dataSources =
  'From the client, from guidance conversations, and from the school’s or college’s class lists (name, date of birth, year and tutor group, SEN status).';

export const securityMeasures = [
  'All records are held in an encrypted vault (AES-256) on the adviser’s own computer, opened only with a passphrase; encryption cannot be turned off',
  'The vault locks itself after a period without use',
  'Backups are encrypted with the same key',
  'Information is not stored with any online or cloud service',
  'Copies sent to others go only with consent or where the law requires, and each one is recorded in a disclosure log',
];

export const icoComplaint = {
  name: 'Information Commissioner’s Office (ICO)',
  address: 'Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF',
  telephone: '0303 123 1113',
  website: 'https://ico.org.uk/make-a-complaint/',
};

export const rights = [
  'to be told how your information is used (this notice)',
  'to see a copy of your information (subject access), answered within one month',
  'to have anything wrong corrected (rectification)',
  'to have your information erased',
  'to restrict how your information is used',
  'to object to your information being used',
  'to receive the information you provided in a format you can take elsewhere (portability)',
  'to withdraw consent at any time, without affecting anything shared before',
];
