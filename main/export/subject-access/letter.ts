// The cover letter of a subject-access bundle: addressed to whoever asked (the
// person, or a parent or carer on their behalf, said so plainly), with the
// Article 15 information: purposes, the categories actually held, recipients,
// the retention period from the schedule in force, the source, the rights and
// the right to complain; signed with the adviser's name and postal address.
import { formatUkDate } from '../../../shared/dates';
import { describeRetention, type RetentionSchedule } from '../../../shared/retention';
import { escapeHtml, htmlPage } from './html';

export type LetterRequest = {
  requesterName: string;
  relationship: 'self' | 'parent-carer' | 'other';
  requesterAddress: string;
  receivedOn: string;
};
export type Controller = {
  adviserName: string;
  businessName: string;
  address: string;
  contact: string;
  icoRegistrationNumber: string;
};
export type WithheldRecord = { what: string; note: string };

export type LetterInput = {
  subject: { forename: string; fullName: string };
  request: LetterRequest;
  controller: Controller;
  categories: string[];
  recipients: string[];
  retention: RetentionSchedule;
  withheld: WithheldRecord[];
  on: string;
};

/** How the letter speaks of the person the records are about, to the person reading it. */
export function readerWords(subject: LetterInput['subject'], relationship: LetterRequest['relationship']) {
  const isSelf = relationship === 'self';
  return {
    isSelf,
    about: isSelf ? 'you' : subject.fullName,
    your: isSelf ? 'your' : `${subject.forename}’s`,
    they: isSelf ? 'you' : subject.forename,
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function coverLetter(input: LetterInput): string {
  const { subject, request, controller, on } = input;
  const words = readerWords(subject, request.relationship);
  const onBehalf =
    request.relationship === 'parent-carer'
      ? `, as ${subject.forename}’s parent or carer,`
      : request.relationship === 'other'
        ? `, on behalf of ${subject.fullName},`
        : '';
  const [clientPeriod, sendPeriod] = describeRetention(input.retention);
  const signature = [controller.adviserName, controller.businessName, controller.address, controller.contact].filter(
    (line) => line.trim(),
  );
  return htmlPage(
    words.isSelf ? 'Your subject access request' : `Your subject access request about ${subject.fullName}`,
    `<p class="address">${escapeHtml([request.requesterName, request.requesterAddress].filter((line) => line.trim()).join('\n'))}</p>
<p>${escapeHtml(formatUkDate(on))}</p>
<p>Dear ${escapeHtml(request.requesterName)},</p>
<p>You asked on ${escapeHtml(formatUkDate(request.receivedOn))}${escapeHtml(onBehalf)} for a copy of the personal information I hold about ${escapeHtml(words.about)}. This bundle contains all of it: in readable form (<code>records.html</code>), as machine-readable data (<code>data.json</code>, and a CSV file for each kind of record), and any pictures or files as they were saved. <code>manifest.json</code> lists every file with a checksum, so you can see nothing has been changed.</p>
<h2>Why I hold it</h2><p>To give ${escapeHtml(words.about)} careers information, advice and guidance: to prepare for and record our guidance interviews, to write the action plans that belong to ${escapeHtml(words.isSelf ? 'you' : words.they)}, and to follow up on them.</p>
<h2>What kinds of information I hold</h2>${
      input.categories.length > 0
        ? `<ul>${input.categories.map((category) => `<li>${escapeHtml(category)}</li>`).join('')}</ul>`
        : '<p>Only the fact that the request was made.</p>'
    }
<h2>Who I have shared it with</h2>${
      input.recipients.length > 0
        ? `<ul>${input.recipients.map((recipient) => `<li>${escapeHtml(recipient)}</li>`).join('')}</ul>`
        : `<p>I have not shared ${escapeHtml(words.your)} information with anyone.</p>`
    }
<h2>How long I keep it</h2><p>${escapeHtml(clientPeriod?.period ?? '')}. For someone with special educational needs or disabilities: ${escapeHtml(lowerFirst(sendPeriod?.period ?? ''))}. Then it is erased.</p>
<h2>Where it came from</h2><p>From ${escapeHtml(words.isSelf ? 'you' : words.they)} and our conversations, from the school's class list (name, date of birth, year and tutor group, special educational needs and pupil premium), and from anyone the records name as having told me something.</p>
${
  input.withheld.length > 0
    ? `<h2>Information withheld</h2><p>Some information is left out, because it is about other people who have a right to privacy too, or because it has not yet been reviewed for release. In its place the records say "Withheld" and why:</p><ul>${input.withheld.map((record) => `<li>${escapeHtml(record.what)}: ${escapeHtml(record.note)}</li>`).join('')}</ul>`
    : ''
}
<h2>${escapeHtml(words.isSelf ? 'Your rights' : `Your rights and ${subject.forename}’s`)}</h2><p>You can ask me to correct anything that is wrong (rectification), to erase the information, to restrict how I use it, or object to my using it. Write to me at the address below.</p>
<h2>Complaints</h2><p>If you are unhappy with how I have handled this information, you can complain to the Information Commissioner's Office (ICO): ico.org.uk/make-a-complaint, or telephone 0303 123 1113.</p>
<p>Yours sincerely,</p>
<p class="address">${escapeHtml(signature.join('\n'))}</p>${controller.icoRegistrationNumber ? `\n<p>ICO registration number: ${escapeHtml(controller.icoRegistrationNumber)}</p>` : ''}`,
  );
}
