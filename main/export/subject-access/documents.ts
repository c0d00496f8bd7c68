// The human-readable parts of a subject-access bundle: the cover letter with
// the Article 15 information, and every record in readable form (HTML, which
// any browser or word processor opens).
import { formatUkDate } from '../../../shared/dates';
import type { CollectedRecords } from './collect';

export type ControllerDetails = { adviserName: string; adviserContact: string };

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>\n<h1>${escape(title)}</h1>\n${body}\n</body></html>\n`;

export type WithheldRecord = { what: string; note: string };

export function coverLetter(subjectName: string, controller: ControllerDetails, records: CollectedRecords, on: string, withheld: WithheldRecord[] = []): string {
  const recipients = [...new Set((records.tables.disclosures ?? []).map((row) => String(row.recipient)))];
  return page(
    'Your subject access request',
    `<p>${escape(formatUkDate(on))}</p>
<p>Dear ${escape(subjectName)},</p>
<p>You asked for a copy of the personal information I hold about you. This bundle contains all of it, in readable form (<code>records.html</code>), as machine-readable data (<code>data.json</code>, and a CSV file for each kind of record), and any pictures or files as they were saved. <code>manifest.json</code> lists every file with a checksum so you can see nothing has been changed.</p>
<h2>Why I hold it (purposes)</h2><p>To give you careers information, advice and guidance: to prepare for and record our guidance interviews, to write the action plans that belong to you, and to follow up on them.</p>
<h2>What kinds of information</h2><p>Your name, date of birth and school details; whether you receive SEN support or have an EHC plan; notes from our guidance interviews; your action plans and every version of them; what you agreed to share and with whom.</p>
<h2>Who I have shared it with (recipients)</h2>${recipients.length > 0 ? `<ul>${recipients.map((recipient) => `<li>${escape(recipient)}</li>`).join('')}</ul>` : '<p>I have not shared your information with anyone.</p>'}
<h2>How long I keep it</h2><p>Six years after we were last in contact, or until your 25th birthday if you have special educational needs or disabilities, whichever is later. Then it is erased.</p>
<h2>Where it came from</h2><p>From you, from our conversations, and from your school's class list (name, date of birth, year and tutor group, SEN status).</p>
${
    withheld.length > 0
      ? `<h2>Information withheld</h2><p>Some information is left out because it is about other people, who have a right to privacy too. In its place the records say "Withheld" and why:</p><ul>${withheld.map((record) => `<li>${escape(record.what)}: ${escape(record.note)}</li>`).join('')}</ul>`
      : ''
  }
<h2>Your rights</h2><p>You can ask me to correct anything that is wrong (rectification), to erase your information, to restrict how I use it, or object to my using it. Write to me at the address below.</p>
<h2>Complaints</h2><p>If you are unhappy with how I have handled your information, you can complain to the Information Commissioner's Office (ICO): ico.org.uk/make-a-complaint, or telephone 0303 123 1113.</p>
<p>${escape(controller.adviserName || 'Your careers adviser')}${controller.adviserContact ? `<br>${escape(controller.adviserContact)}` : ''}</p>`,
  );
}

export function readableRecords(subjectName: string, records: CollectedRecords): string {
  const sections = Object.entries(records.tables).map(([table, rows]) => {
    const heading = table.replace(/_/g, ' ');
    if (rows.length === 0) return `<h2>${escape(heading)}</h2><p>None.</p>`;
    const columns = Object.keys(rows[0] ?? {});
    return `<h2>${escape(heading)}</h2><table border="1"><thead><tr>${columns.map((column) => `<th scope="col">${escape(column.replace(/_/g, ' '))}</th>`).join('')}</tr></thead><tbody>${rows
      .map((row) => `<tr>${columns.map((column) => `<td>${escape(typeof row[column] === 'string' ? row[column] : JSON.stringify(row[column]))}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  });
  return page(`Records held about ${subjectName}`, sections.join('\n'));
}
