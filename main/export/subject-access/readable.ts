// The readable copy of everything held on a person (records.html), written
// for the person reading it, who may be a parent or a 15-year-old: plain
// headings, UK dates, labels in words, interviews with their notes in stage
// order, every plan version as the plan reads, consents and disclosures as
// sentences. Ids and field names stay in data.json and the CSV files.
import { actionStatusLabels, describeOwner, type PlanContent } from '../../../shared/action-plans';
import { consentPurposeLabels, consentPurposes, type ConsentPurpose } from '../../../shared/consent';
import { formatUkDate } from '../../../shared/dates';
import { describeActivity } from '../../../shared/destinations/nccis-codes';
import { findCompetency, isFrameworkId } from '../../../shared/progress/frameworks';
import type { CollectedRecords } from './records';
import { escapeHtml, htmlPage, paragraphs } from './html';
import { readerWords, type LetterRequest } from './letter';

type Row = Record<string, unknown>;
type Words = ReturnType<typeof readerWords>;

const text = (value: unknown) =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
const date = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? formatUkDate(value.slice(0, 10)) : text(value);
const isWithheld = (value: unknown) => typeof value === 'string' && value.startsWith('Withheld: ');
const yesNo = (value: unknown) => (value === 1 || value === true ? 'Yes' : 'No');
const sorted = (rows: Row[] | undefined, column: string) =>
  [...(rows ?? [])].sort((a, b) => text(a[column]).localeCompare(text(b[column])));

function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

function details(rows: [string, string][]): string {
  const shown = rows.filter(([, value]) => value.trim() !== '');
  return shown.length
    ? `<dl>${shown.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`
    : '';
}

const sendLabels: Record<string, string> = {
  none: 'None recorded',
  'sen-support': 'SEN support',
  'ehc-plan': 'An education, health and care (EHC) plan',
};
const provisionLabels: Record<string, string> = {
  core: 'Core (information, group sessions and knowing who the adviser is)',
  filtered: 'Filtered (individual guidance interviews)',
  intensive: 'Intensive (ongoing individual guidance)',
};
const referralLabels: Record<string, string> = {
  'key-worker': 'Referred by the key worker (usually the tutor)',
  self: 'Asked to see the adviser',
  adviser: 'Picked up by the adviser',
  other: 'Other',
};
const modeLabels: Record<string, string> = { 'in-person': 'in person', video: 'by video call', phone: 'by phone' };
const sessionKindLabels: Record<string, string> = {
  'group-work': 'Group session',
  'drop-in': 'Drop-in',
  'parents-evening': "Parents' evening",
  assembly: 'Assembly',
  other: 'Session',
};
const relationshipLabels: Record<string, string> = {
  self: 'the person themselves',
  'parent-carer': 'a parent or carer',
  other: 'someone acting for them',
};

function aboutSection(records: CollectedRecords, words: Words): string {
  const client = records.tables.clients?.[0];
  if (!client) return '';
  const organisation = records.names.organisations[text(client.organisation_id)] ?? '';
  return `<h2>About ${escapeHtml(words.isSelf ? 'you' : text(client.forename))}</h2>${details([
    ['Name', `${text(client.forename)} ${text(client.surname)}`],
    ['Preferred name', text(client.preferred_name)],
    ['Date of birth', date(client.date_of_birth)],
    ['School or college', organisation],
    [
      'Year group',
      client.year_group === null || client.year_group === undefined
        ? 'Not at school (adult)'
        : `Year ${text(client.year_group)}`,
    ],
    ['Tutor group', text(client.tutor_group)],
    ['Unique pupil number', text(client.upn)],
    ['Key worker', text(client.key_worker)],
    ['Special educational needs', sendLabels[text(client.send_status)] ?? text(client.send_status)],
    ['Pupil premium', yesNo(client.has_pupil_premium)],
    ['At risk of not being in education, employment or training', yesNo(client.is_at_risk_of_neet)],
    ['Level of careers support', provisionLabels[text(client.provision_level)] ?? text(client.provision_level)],
    ['How the referral came', referralLabels[text(client.referral_source)] ?? ''],
    ['Email', text(client.email)],
    ['Phone', text(client.phone)],
    ['Next review of the plan', date(client.review_due_on)],
    ['Record made on', date(client.created_at)],
  ])}${text(client.about_me).trim() ? `<h3>About me</h3>${paragraphs(text(client.about_me))}` : ''}`;
}

function historySection(records: CollectedRecords): string {
  const schools = sorted(records.tables.client_organisation_history, 'from_date').map(
    (row) =>
      `<li>${escapeHtml(records.names.organisations[text(row.organisation_id)] ?? 'A school or college')}, from ${escapeHtml(date(row.from_date))}${row.to_date ? ` to ${escapeHtml(date(row.to_date))}` : ' to now'}</li>`,
  );
  const levels = sorted(records.tables.provision_level_history, 'changed_on').map(
    (row) =>
      `<li>From ${escapeHtml(date(row.changed_on))}: ${escapeHtml(provisionLabels[text(row.level)] ?? text(row.level))}</li>`,
  );
  return `${schools.length ? `<h2>Schools and colleges</h2><ul>${schools.join('')}</ul>` : ''}${levels.length ? `<h2>Level of support over time</h2><ul>${levels.join('')}</ul>` : ''}`;
}

function contactsSection(records: CollectedRecords): string {
  const contacts = records.tables.client_contacts ?? [];
  if (contacts.length === 0) return '';
  return `<h2>Parents, carers and other contacts</h2>${contacts
    .map(
      (contact) =>
        `<h3>${escapeHtml(text(contact.name))}${text(contact.relationship) ? ` (${escapeHtml(text(contact.relationship))})` : ''}</h3>${details(
          [
            ['Phone', text(contact.phone)],
            ['Email', text(contact.email)],
            ['Parental responsibility', yesNo(contact.has_parental_responsibility)],
            ['How they like to be contacted', text(contact.contact_preferences)],
          ],
        )}`,
    )
    .join('')}`;
}

function interviewsSection(records: CollectedRecords, words: Words): string {
  const interviews = sorted(records.tables.interviews, 'held_on');
  if (interviews.length === 0) return '<h2>Guidance interviews</h2><p>None.</p>';
  const byInterview = (table: string, id: unknown) =>
    (records.tables[table] ?? []).filter((row) => row.interview_id === id);
  return `<h2>Guidance interviews</h2>${interviews
    .map((interview) => {
      const stages = parseJson<{ title?: string }[]>(interview.template_stages, []);
      const notes = byInterview('interview_notes', interview.id).sort(
        (a, b) => Number(a.stage_index) - Number(b.stage_index),
      );
      const noteBlocks = notes
        .filter((note) => text(note.text).trim())
        .map(
          (note) =>
            `<h4>${escapeHtml(stages[Number(note.stage_index)]?.title ?? `Stage ${Number(note.stage_index) + 1}`)}</h4>${isWithheld(note.text) ? `<p class="withheld">${escapeHtml(text(note.text))}</p>` : paragraphs(text(note.text))}`,
        );
      const scores = byInterview('interview_scores', interview.id).map(
        (score) => `<li>${escapeHtml(text(score.label))}: ${escapeHtml(text(score.score))} out of 10</li>`,
      );
      const actions = byInterview('interview_actions', interview.id).map(
        (action) =>
          `<li>${escapeHtml(text(action.text))}${text(action.owner) && !isWithheld(action.text) ? ` (who: ${escapeHtml(text(action.owner))})` : ''}${action.due_on ? `, by ${escapeHtml(date(action.due_on))}` : ''}</li>`,
      );
      const files = byInterview('attachments', interview.id).map(
        (file) =>
          `<li>${escapeHtml(text(file.file_name))}${file.file ? ` (the file is in the bundle as <code>${escapeHtml(text(file.file))}</code>)` : ''}</li>`,
      );
      const competencies = parseJson<string[]>(interview.competencies, []);
      const techniques = parseJson<string[]>(interview.techniques, []);
      const where = [records.names.organisations[text(interview.organisation_id)], text(interview.place)]
        .filter(Boolean)
        .join(', ');
      return `<h3>Interview on ${escapeHtml(date(interview.held_on))}${interview.template_name ? ` (${escapeHtml(text(interview.template_name))})` : ''}</h3>
<p>${escapeHtml(`${text(interview.duration_minutes)} minutes, ${modeLabels[text(interview.mode)] ?? text(interview.mode)}${where ? `, at ${where}` : ''}.`)}</p>
${noteBlocks.length ? noteBlocks.join('\n') : '<p>No notes were written.</p>'}
${scores.length ? `<h4>Scores</h4><ul>${scores.join('')}</ul>` : ''}${actions.length ? `<h4>Actions agreed</h4><ul>${actions.join('')}</ul>` : ''}${files.length ? `<h4>Pictures and files</h4><ul>${files.join('')}</ul>` : ''}
${details([
  ['Career learning talked about', competencies.join(', ')],
  ['Ways of working used', techniques.join(', ')],
  [words.isSelf ? 'Where you hope to go next' : 'Intended destination', text(interview.intended_destination)],
  ['Referral made', text(interview.referral_made)],
  ['Level of support set', provisionLabels[text(interview.provision_level_set)] ?? ''],
  ['Follow-up', date(interview.follow_up_on)],
])}`;
    })
    .join('\n')}`;
}

function planBlock(content: unknown): string {
  if (isWithheld(content)) return `<p class="withheld">${escapeHtml(text(content))}</p>`;
  const plan = parseJson<PlanContent | null>(content, null);
  if (!plan) return '<p>This version could not be read.</p>';
  // The adviser's Welsh is the client's data too: shown beside the English it was written with, marked as Welsh.
  const inWelsh = (welsh: string | undefined) =>
    welsh?.trim() ? `<div lang="cy"><p><strong>In Welsh:</strong></p>${paragraphs(welsh)}</div>` : '';
  const sections = plan.sections
    .filter((section) => section.body.trim() || section.bodyCy?.trim())
    .map((section) => `<h4>${escapeHtml(section.heading)}</h4>${paragraphs(section.body)}${inWelsh(section.bodyCy)}`);
  const actions = plan.actions.map(
    (action) =>
      `<tr><td>${escapeHtml(action.text)}${action.textCy?.trim() ? `<br><span lang="cy">${escapeHtml(action.textCy)}</span>` : ''}</td><td>${escapeHtml(describeOwner(action.owner))}</td><td>${escapeHtml(action.dueOn ? formatUkDate(action.dueOn) : 'No date set')}</td><td>${escapeHtml(actionStatusLabels[action.status])}${action.reviewComment ? `: ${escapeHtml(action.reviewComment)}` : ''}</td></tr>`,
  );
  const links = [...plan.resources, ...plan.actions.flatMap((action) => action.links)].map(
    (link) => `<li>${escapeHtml(link.title || link.url)}: ${escapeHtml(link.url)}</li>`,
  );
  return `${plan.goal.trim() ? `<p><strong>Goal:</strong> ${escapeHtml(plan.goal)}</p>` : ''}${inWelsh(plan.goalCy)}${sections.join('')}${
    actions.length
      ? `<table><caption>Actions</caption><thead><tr><th scope="col">What</th><th scope="col">Who</th><th scope="col">By when</th><th scope="col">How it went</th></tr></thead><tbody>${actions.join('')}</tbody></table>`
      : '<p>No actions.</p>'
  }${links.length ? `<h4>Useful links</h4><ul>${links.join('')}</ul>` : ''}`;
}

function plansSection(records: CollectedRecords): string {
  const plan = records.tables.action_plans?.[0];
  if (!plan) return '<h2>Action plans</h2><p>None.</p>';
  const versions = [...(records.tables.plan_versions ?? [])].sort((a, b) => Number(a.number) - Number(b.number));
  const pictures = (records.tables.plan_images ?? []).map(
    (image) =>
      `<li>${escapeHtml(text(image.file_name))}${image.file ? ` (in the bundle as <code>${escapeHtml(text(image.file))}</code>)` : ''}</li>`,
  );
  return `<h2>Action plans</h2>${versions.map((version) => `<h3>Version ${escapeHtml(text(version.number))}, finalised ${escapeHtml(date(version.finalised_at))}</h3>${planBlock(version.content)}`).join('\n')}${
    plan.has_unfinalised_changes === 1 || versions.length === 0
      ? `<h3>Working draft (not finalised)</h3>${planBlock(plan.draft)}`
      : ''
  }${pictures.length ? `<h3>Pictures in the plan</h3><ul>${pictures.join('')}</ul>` : ''}`;
}

function consentSection(records: CollectedRecords, words: Words): string {
  const consents = sorted(records.tables.consents, 'created_at');
  if (consents.length === 0)
    return `<h2>Consent to share</h2><p>No consent to share ${escapeHtml(words.your)} information was recorded.</p>`;
  const contacts = new Map((records.tables.client_contacts ?? []).map((contact) => [contact.id, text(contact.name)]));
  return `<h2>Consent to share</h2>${consents
    .map((consent) => {
      const agreed = parseJson<Partial<Record<ConsentPurpose, boolean>>>(consent.agreements, {});
      const yes = consentPurposes
        .filter((purpose) => agreed[purpose])
        .map((purpose) => consentPurposeLabels[purpose].toLowerCase());
      const no = consentPurposes
        .filter((purpose) => !agreed[purpose])
        .map((purpose) => consentPurposeLabels[purpose].toLowerCase());
      const who =
        consent.given_by === 'parent-carer'
          ? `${contacts.get(consent.given_by_contact_id) ?? 'A parent or carer'} (parent or carer)`
          : words.they;
      const how = consent.method === 'written' ? 'in writing' : 'verbally';
      const sentences = [
        `On ${date(consent.given_on)}, ${who} agreed ${how} to: ${yes.length ? yes.join('; ') : 'nothing'}.`,
        no.length ? `Not agreed: ${no.join('; ')}.` : '',
        consent.has_explained_confidentiality === 1 ? 'The limits of confidentiality were explained first.' : '',
        consent.withdrawn_on
          ? `This consent was withdrawn on ${date(consent.withdrawn_on)}${text(consent.withdrawal_note) ? ` (${text(consent.withdrawal_note)})` : ''}.`
          : '',
      ].filter(Boolean);
      return `<p>${escapeHtml(sentences.join(' '))}</p>`;
    })
    .join('\n')}`;
}

function disclosuresSection(records: CollectedRecords, words: Words): string {
  const disclosures = sorted(records.tables.disclosures, 'disclosed_on');
  if (disclosures.length === 0)
    return `<h2>Who ${escapeHtml(words.your)} information was shared with</h2><p>Nobody.</p>`;
  const basis: Record<string, string> = {
    consent: 'with consent',
    'legal-obligation': 'because the law required it',
    'vital-interests': 'to protect someone from serious harm',
    'subject-access': 'in answer to a request for a copy',
    portability: 'at your request, to move it elsewhere',
  };
  return `<h2>Who ${escapeHtml(words.your)} information was shared with</h2><ul>${disclosures
    .map(
      (entry) =>
        `<li>${escapeHtml(`On ${date(entry.disclosed_on)}, ${text(entry.recipient)} was given: ${text(entry.what)} (${basis[text(entry.lawful_basis)] ?? text(entry.lawful_basis)}).`)}</li>`,
    )
    .join('')}</ul>`;
}

function requestsSection(records: CollectedRecords): string {
  const requests = sorted(records.tables.subject_access_requests, 'received_on');
  if (requests.length === 0) return '';
  return `<h2>Requests for a copy</h2><ul>${requests
    .map((request) => {
      const sentences = [
        `${text(request.requester_name)} (${relationshipLabels[text(request.relationship)] ?? text(request.relationship)}) asked on ${date(request.received_on)}; the answer was due by ${date(request.due_on)}.`,
        request.identity_checked_on
          ? `Their identity was checked by ${text(request.identity_checked_by)} on ${date(request.identity_checked_on)} (${text(request.identity_check_method)}).`
          : '',
        request.extension_told_on
          ? `More time was needed: ${text(request.extension_reason)} (they were told on ${date(request.extension_told_on)}).`
          : '',
        request.sent_on ? `The copy was sent on ${date(request.sent_on)}.` : '',
      ].filter(Boolean);
      return `<li>${escapeHtml(sentences.join(' '))}</li>`;
    })
    .join('')}</ul>`;
}

const appointmentStatusWords: Record<string, string> = {
  booked: 'booked',
  seen: 'seen',
  'did-not-attend': 'did not attend',
  'cancelled-by-school': 'cancelled by the school',
  'cancelled-by-pupil': 'cancelled',
  rearranged: 'rearranged',
};

function otherSections(records: CollectedRecords): string {
  const concerns = sorted(records.tables.safeguarding_concerns, 'raised_on').map((concern) =>
    isWithheld(concern.what_happened)
      ? `<li>A record made on ${escapeHtml(date(concern.raised_on))}. <span class="withheld">${escapeHtml(text(concern.what_happened))}</span></li>`
      : `<li>${escapeHtml(`On ${date(concern.raised_on)}: ${text(concern.what_happened)}`)}${concern.reported_to ? escapeHtml(` Reported to ${text(concern.reported_to)}${concern.reported_at ? ` on ${date(concern.reported_at)}` : ''}.`) : ''}${concern.reference ? escapeHtml(` Reference: ${text(concern.reference)}.`) : ''}</li>`,
  );
  const sessions = (records.tables.group_session_attendees ?? [])
    .map((row) => records.names.groupSessions[text(row.session_id)])
    .filter((session) => session !== undefined);
  const appointments = (records.tables.appointments ?? [])
    .map((row) => ({ row, session: records.names.diarySessions[text(row.session_id)] }))
    .filter(({ session }) => session !== undefined)
    .sort((a, b) =>
      `${a.session?.heldOn}${text(a.row.starts_at)}`.localeCompare(`${b.session?.heldOn}${text(b.row.starts_at)}`),
    )
    .map(
      ({ row, session }) =>
        `<li>${escapeHtml(`${formatUkDate(session?.heldOn ?? '')} at ${text(row.starts_at)}, ${session?.organisation}: ${appointmentStatusWords[text(row.status)] ?? text(row.status)}${row.notes ? `. ${text(row.notes)}` : ''}`)}</li>`,
    );
  const corrections = sorted(records.tables.rectifications, 'changed_at').map(
    (row) =>
      `<li>${escapeHtml(
        `On ${date(row.changed_at)} the ${text(row.field)
          .replace(/([A-Z])/g, ' $1')
          .toLowerCase()} was corrected${text(row.reason) ? `: ${text(row.reason)}` : ''}.`,
      )}</li>`,
  );
  const kept = sorted(records.tables.retention_decisions, 'decided_on').map(
    (row) =>
      `<li>${escapeHtml(`On ${date(row.decided_on)} the record was kept beyond the usual period: ${text(row.reason)}. To be looked at again on ${date(row.review_on)}.`)}</li>`,
  );
  return [
    concerns.length ? `<h2>Safeguarding</h2><ul>${concerns.join('')}</ul>` : '',
    sessions.length
      ? `<h2>Group sessions and events attended</h2><ul>${sessions
          .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
          .map(
            (session) =>
              `<li>${escapeHtml(`${sessionKindLabels[session.kind] ?? 'Session'} on ${formatUkDate(session.heldOn)}${session.title ? `: ${session.title}` : ''}`)}</li>`,
          )
          .join('')}</ul>`
      : '',
    appointments.length ? `<h2>Appointments</h2><ul>${appointments.join('')}</ul>` : '',
    corrections.length ? `<h2>Corrections to the record</h2><ul>${corrections.join('')}</ul>` : '',
    kept.length ? `<h2>How long the record is kept</h2><ul>${kept.join('')}</ul>` : '',
  ].join('\n');
}

/** A rating's competency in words, from its framework's list; a scaling question is its own words. */
function competencyName(row: Row): string {
  const framework = text(row.framework);
  return (
    (isFrameworkId(framework) ? findCompetency(framework, text(row.competency))?.label : undefined) ??
    text(row.competency)
  );
}

const offerWords: Record<string, string> = {
  'offer-made': 'Offer made',
  'no-offer': 'No offer',
  'offer-not-appropriate': 'Offer not appropriate',
  'not-recorded': 'Not recorded',
};

/** Where the person means to go, the offer they held, what they did, and how they rated their own skills: each dated. */
function outcomesSection(records: CollectedRecords): string {
  const coded = (row: Row) =>
    isWithheld(row.code) ? text(row.code) : describeActivity(text(row.code), text(row.code_list_version));
  const intended = sorted(records.tables.intended_destinations, 'recorded_on').map(
    (row) =>
      `<li>${escapeHtml(
        `${date(row.recorded_on)}: ${coded(row)}${[
          row.provider,
          row.course,
          row.level ? `level ${text(row.level)}` : '',
        ]
          .filter(Boolean)
          .map((part) => `, ${text(part)}`)
          .join('')}`,
      )}</li>`,
  );
  const offers = sorted(records.tables.guarantee_offers, 'recorded_on').map(
    (row) =>
      `<li>${escapeHtml(`${date(row.recorded_on)}: ${offerWords[text(row.status)] ?? text(row.status)} (Year ${text(row.year_group)} leaver)${row.provider ? `, ${text(row.provider)}` : ''}`)}</li>`,
  );
  const activities = sorted(records.tables.activities, 'starts_on').map(
    (row) =>
      `<li>${escapeHtml(`${coded(row)}${row.provider ? `, ${text(row.provider)}` : ''}${row.starts_on ? `, from ${date(row.starts_on)}` : ''}${row.verified_on ? `; confirmed ${date(row.verified_on)}${row.verified_how ? ` (${text(row.verified_how)})` : ''}` : ''}`)}</li>`,
  );
  const ratings = sorted(records.tables.competency_ratings, 'rated_on').map(
    (row) =>
      `<li>${escapeHtml(`${date(row.rated_on)}: ${competencyName(row)}, ${text(row.rating)} (${text(row.scale) === 'scaling-1-10' ? 'out of 10' : 'out of 4'})`)}</li>`,
  );
  return [
    intended.length ? `<h2>Intended destinations</h2><ul>${intended.join('')}</ul>` : '',
    offers.length ? `<h2>Offers after Year 11 or Year 12</h2><ul>${offers.join('')}</ul>` : '',
    activities.length ? `<h2>Education, training or work</h2><ul>${activities.join('')}</ul>` : '',
    ratings.length ? `<h2>Ratings of career skills</h2><ul>${ratings.join('')}</ul>` : '',
  ].join('\n');
}

export function readableRecords(
  records: CollectedRecords,
  subject: { forename: string; fullName: string },
  relationship: LetterRequest['relationship'],
): string {
  const words = readerWords(subject, relationship);
  return htmlPage(
    `Records held about ${subject.fullName}`,
    [
      '<p>Everything below is what your careers adviser holds, written out to read. The same information is in <code>data.json</code> and the CSV files for use on a computer.</p>',
      aboutSection(records, words),
      historySection(records),
      contactsSection(records),
      interviewsSection(records, words),
      plansSection(records),
      outcomesSection(records),
      consentSection(records, words),
      disclosuresSection(records, words),
      requestsSection(records),
      otherSections(records),
    ].join('\n'),
  );
}
