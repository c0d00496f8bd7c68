// The adviser's own data-protection documents, drafted from their practice
// details, the retention schedule and the disclosure log: a privacy notice for
// clients and a record of processing (UK GDPR Article 30).
import { formatUkDate } from '../../../shared/dates';
import type { PracticeDetails } from '../../../shared/contract/practice';
import { describeRetention, type RetentionSchedule } from '../../../shared/retention';
import { bullets, buildDocument, heading, labelled, lines, paragraph, table } from './layout';
import {
  dataCategories,
  dataSources,
  dataSubjects,
  icoComplaint,
  processingActivities,
  rights,
  securityMeasures,
} from './processing';

export type PracticeDocumentInputs = {
  details: PracticeDetails;
  adviserName: string;
  adviserContact: string;
  schedule: RetentionSchedule;
  /** Everyone the disclosure log shows information going to. */
  recipients: string[];
  on: string;
};

export type PracticeDocumentKind = 'privacy-notice' | 'record-of-processing';

const notGiven = '[not given yet: add it under Data protection, Documents]';

function controllerName(inputs: PracticeDocumentInputs): string {
  return inputs.details.businessName || inputs.adviserName || notGiven;
}

function contact(inputs: PracticeDocumentInputs): string {
  return inputs.details.dataProtectionContact || inputs.adviserContact || notGiven;
}

function recipientsList(inputs: PracticeDocumentInputs): string[] {
  const withConsent =
    'With the client’s consent: their tutor, a parent or carer, their school’s or college’s system, and the local authority’s destination returns';
  return [withConsent, ...inputs.recipients.map((recipient) => `Recorded in the disclosure log: ${recipient}`)];
}

export async function buildPrivacyNotice(inputs: PracticeDocumentInputs): Promise<Buffer> {
  const name = controllerName(inputs);
  return buildDocument({
    title: 'Privacy notice',
    description: 'How a careers adviser uses the personal information of the people they guide.',
    author: name,
    footer: `Draft prepared on ${formatUkDate(inputs.on)}. Check it against how you work before you publish it.`,
    children: [
      paragraph(
        `This notice explains how ${name} collects, uses and looks after your personal information when you receive careers guidance.`,
      ),
      heading('Who I am', 1),
      labelled('Data controller', name),
      ...(inputs.details.address
        ? [paragraph('Address:'), ...lines(inputs.details.address)]
        : [labelled('Address', notGiven)]),
      labelled('ICO registration number', inputs.details.icoRegistrationNumber || notGiven),
      labelled('Contact about data protection', contact(inputs)),
      heading('What information I hold', 1),
      ...bullets(dataCategories),
      heading('Where it comes from', 1),
      paragraph(dataSources),
      heading('Why I use it, and the law that allows it', 1),
      table(
        ['Purpose', 'Lawful basis'],
        processingActivities.map((activity) => [activity.purpose, activity.lawfulBasis]),
      ),
      heading('Who I share it with', 1),
      paragraph(
        'I share your information only with your consent, or where the law requires it. Every time information leaves my records it is written in a disclosure log.',
      ),
      ...bullets(recipientsList(inputs)),
      paragraph('Your information is not sent outside the United Kingdom.'),
      heading('How long I keep it', 1),
      table(
        ['Record', 'How long it is kept'],
        describeRetention(inputs.schedule).map((entry) => [entry.recordType, entry.period]),
      ),
      paragraph(
        'When the time is up I review the records and erase them completely, keeping only a note that an erasure took place, with no personal details.',
      ),
      heading('How I keep it safe', 1),
      ...bullets(securityMeasures),
      heading('Your rights', 1),
      paragraph('You have the right:'),
      ...bullets(rights),
      paragraph(
        `To use any of these rights, contact ${contact(inputs)}. If you are under 18 you can usually make a request yourself.`,
      ),
      heading('How to complain', 1),
      paragraph(
        `If you are unhappy with how I have used your information, please tell me first. You can also complain to the ${icoComplaint.name}:`,
      ),
      labelled('Website', icoComplaint.website),
      labelled('Telephone', icoComplaint.telephone),
      labelled('Address', icoComplaint.address),
    ],
  });
}

export async function buildRecordOfProcessing(inputs: PracticeDocumentInputs): Promise<Buffer> {
  const name = controllerName(inputs);
  return buildDocument({
    title: 'Record of processing activities',
    description: 'The record a data controller keeps under UK GDPR Article 30.',
    author: name,
    footer: `Prepared on ${formatUkDate(inputs.on)} from the settings in Waymark. Review it at least once a year.`,
    children: [
      heading('The controller', 1),
      table(
        ['Detail', 'Entry'],
        [
          ['Name of the controller', name],
          ['Address', inputs.details.address.replace(/\r?\n/g, ', ') || notGiven],
          ['ICO registration number', inputs.details.icoRegistrationNumber || notGiven],
          ['Contact for data protection', contact(inputs)],
          ['Record prepared on', formatUkDate(inputs.on)],
        ],
      ),
      heading('Purposes and lawful bases', 1),
      table(
        ['Purpose of processing', 'Lawful basis'],
        processingActivities.map((activity) => [activity.purpose, activity.lawfulBasis]),
      ),
      heading('Categories of people', 1),
      ...bullets(dataSubjects),
      heading('Categories of personal data', 1),
      ...bullets(dataCategories),
      heading('Source of the data', 1),
      paragraph(dataSources),
      heading('Recipients', 1),
      ...bullets(recipientsList(inputs)),
      heading('Transfers outside the United Kingdom', 1),
      paragraph('None.'),
      heading('Retention schedule', 1),
      table(
        ['Record', 'How long it is kept'],
        describeRetention(inputs.schedule).map((entry) => [entry.recordType, entry.period]),
      ),
      heading('Security measures', 1),
      ...bullets(securityMeasures),
      heading('Complaints', 1),
      paragraph(
        `People can complain to the ${icoComplaint.name}: ${icoComplaint.website}, telephone ${icoComplaint.telephone}, ${icoComplaint.address}.`,
      ),
    ],
  });
}

export async function buildPracticeDocument(
  kind: PracticeDocumentKind,
  inputs: PracticeDocumentInputs,
): Promise<{ fileName: string; bytes: Buffer }> {
  const bytes = kind === 'privacy-notice' ? await buildPrivacyNotice(inputs) : await buildRecordOfProcessing(inputs);
  const title = kind === 'privacy-notice' ? 'Privacy notice (draft)' : 'Record of processing';
  return { fileName: `${title} - ${inputs.on}.docx`, bytes };
}
