// The categories of personal data a subject-access letter must list (Article
// 15(1)(b)), derived from the records actually held: every column of every
// table that holds a person's data is named here with its category, or null
// for the app's own bookkeeping (ids, timestamps). A test fails when a table or
// column is added without a category, so the letter can never fall behind the
// schema.
import type { CollectedRecords } from './records';

/** How the letter names each category; {your} is filled in for the reader. */
export const categoryLabels = {
  name: 'Name and preferred name',
  dateOfBirth: 'Date of birth',
  school: 'School or college, year group and tutor group, and any moves between schools',
  upn: 'Unique pupil number (UPN), from the school',
  contactDetails: 'Contact details (email address and phone number)',
  keyWorker: 'Key worker (usually the tutor)',
  send: 'Special educational needs: SEN support or an education, health and care (EHC) plan',
  pupilPremium: 'Whether pupil premium is received',
  neetRisk: 'Whether there is a risk of not being in education, employment or training (NEET)',
  provision: 'The level of careers support given (core, filtered or intensive) and how the referral came',
  aboutMe: 'An "about me" note, in {your} own words',
  interviews: 'Guidance interviews: dates, the model used, notes from each stage, scores and techniques',
  interviewActions: 'Actions agreed at interviews',
  attachments: 'Pictures and files saved from interviews and plans',
  destinations: 'Intended destinations and referrals made',
  reviews: 'When {your} plan will next be reviewed',
  plans: 'Action plans, every version of them, and how each action went',
  adviserTasks: "The adviser's own follow-up tasks from {your} plan",
  contacts: 'Parents, carers and other contacts: names, relationship, contact details and parental responsibility',
  consent: 'What was agreed to share, with whom, when, and any withdrawal',
  disclosures: 'Who {your} information was shared with, when and why',
  requests: 'Requests for {your} information and how they were answered',
  safeguarding: 'Safeguarding concerns: what was said or seen, and who it was reported to',
  groupSessions: 'Group sessions, drop-ins and events attended',
  appointments: 'Appointments booked with the adviser, and whether they were kept',
  corrections: 'Corrections made to {your} record, and why',
  retention: 'Decisions about how long {your} record is kept',
  withheld: 'Notes about information withheld from a copy because it is about someone else',
} as const;

export type Category = keyof typeof categoryLabels;

/** Table -> column -> category (null: the app's own bookkeeping, not information about the person). */
export const columnCategories: Record<string, Record<string, Category | null>> = {
  clients: {
    id: null,
    organisation_id: 'school',
    surname: 'name',
    forename: 'name',
    preferred_name: 'name',
    date_of_birth: 'dateOfBirth',
    year_group: 'school',
    tutor_group: 'school',
    upn: 'upn',
    key_worker: 'keyWorker',
    send_status: 'send',
    has_pupil_premium: 'pupilPremium',
    is_at_risk_of_neet: 'neetRisk',
    provision_level: 'provision',
    referral_source: 'provision',
    email: 'contactDetails',
    phone: 'contactDetails',
    about_me: 'aboutMe',
    review_due_on: 'reviews',
    created_at: null,
    updated_at: null,
  },
  client_organisation_history: { id: null, client_id: null, organisation_id: 'school', from_date: 'school', to_date: 'school' },
  provision_level_history: { id: null, client_id: null, level: 'provision', changed_on: 'provision' },
  client_contacts: {
    id: null,
    client_id: null,
    name: 'contacts',
    relationship: 'contacts',
    phone: 'contacts',
    email: 'contacts',
    has_parental_responsibility: 'contacts',
    contact_preferences: 'contacts',
    created_at: null,
    updated_at: null,
  },
  interviews: {
    id: null,
    client_id: null,
    organisation_id: 'interviews',
    held_on: 'interviews',
    duration_minutes: 'interviews',
    created_at: null,
    starts_at: 'interviews',
    mode: 'interviews',
    place: 'interviews',
    template_id: null,
    template_name: 'interviews',
    template_version: null,
    template_stages: 'interviews',
    competencies: 'interviews',
    techniques: 'interviews',
    intended_destination: 'destinations',
    referral_made: 'destinations',
    provision_level_set: 'provision',
    follow_up_on: 'reviews',
    is_finished: null,
    updated_at: null,
  },
  interview_notes: { interview_id: null, stage_index: null, text: 'interviews', saved_at: null },
  interview_scores: { id: null, interview_id: null, label: 'interviews', score: 'interviews' },
  interview_actions: { id: null, interview_id: null, text: 'interviewActions', owner: 'interviewActions', due_on: 'interviewActions', created_at: null },
  attachments: { id: null, interview_id: null, file_name: 'attachments', media_type: null, size_bytes: null, bytes: 'attachments', created_at: null },
  action_plans: { id: null, client_id: null, source_interview_id: null, draft: 'plans', has_unfinalised_changes: null, created_at: null, updated_at: null },
  plan_versions: { id: null, plan_id: null, number: 'plans', content: 'plans', interview_id: null, finalised_at: 'plans' },
  plan_images: { id: null, plan_id: null, file_name: 'attachments', media_type: null, size_bytes: null, bytes: 'attachments', created_at: null },
  adviser_action_states: { plan_id: null, action_id: null, done_on: 'adviserTasks', snoozed_until: 'adviserTasks', updated_at: null },
  consents: {
    id: null,
    client_id: null,
    has_explained_confidentiality: 'consent',
    agreements: 'consent',
    given_by: 'consent',
    given_by_contact_id: 'consent',
    given_on: 'consent',
    method: 'consent',
    withdrawn_on: 'consent',
    withdrawal_note: 'consent',
    created_at: null,
  },
  disclosures: { id: null, client_id: null, recipient: 'disclosures', disclosed_on: 'disclosures', what: 'disclosures', lawful_basis: 'disclosures', consent_id: null, is_anonymised: null, created_at: null },
  subject_access_requests: {
    id: null,
    client_id: null,
    received_on: 'requests',
    requester_name: 'requests',
    relationship: 'requests',
    is_identity_checked: 'requests',
    identity_checked_by: 'requests',
    identity_check_method: 'requests',
    identity_checked_on: 'requests',
    requester_address: 'requests',
    requester_contact_id: null,
    sent_on: 'requests',
    due_on: 'requests',
    extension_reason: 'requests',
    extension_told_on: 'requests',
    status: 'requests',
    completed_on: 'requests',
    created_at: null,
  },
  safeguarding_concerns: {
    id: null,
    client_id: null,
    raised_on: 'safeguarding',
    what_happened: 'safeguarding',
    reported_to: 'safeguarding',
    reported_at: 'safeguarding',
    reference: 'safeguarding',
    created_at: null,
    updated_at: null,
  },
  group_session_attendees: { session_id: 'groupSessions', client_id: null },
  appointments: {
    id: null,
    session_id: 'appointments',
    client_id: null,
    starts_at: 'appointments',
    minutes: 'appointments',
    room: 'appointments',
    status: 'appointments',
    interview_id: null,
    notes: 'appointments',
    sequence: null,
    created_at: null,
    updated_at: null,
  },
  rectifications: { id: null, client_id: null, field: 'corrections', changed_at: 'corrections', reason: 'corrections' },
  retention_decisions: { id: null, client_id: null, decided_on: 'retention', reason: 'retention', review_on: 'retention', created_at: null },
  withholdings: { id: null, client_id: null, kind: 'withheld', record_key: null, note: 'withheld', created_at: null },
};

const isHeld = (value: unknown) => value !== null && value !== undefined && value !== '' && value !== '[]' && value !== '{}';

/**
 * The categories this person's records actually hold, in the order above, as
 * the letter words them; `your` is "your" in a letter to the person and, say,
 * "Chloé's" in a letter to a parent.
 */
export function categoriesHeld(records: CollectedRecords, your = 'your'): string[] {
  const held = new Set<Category>();
  for (const [table, rows] of Object.entries(records.tables)) {
    const columns = columnCategories[table] ?? {};
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const category = columns[column === 'file' ? 'bytes' : column];
        if (category && isHeld(value)) held.add(category);
      }
    }
  }
  return (Object.keys(categoryLabels) as Category[]).filter((category) => held.has(category)).map((category) => categoryLabels[category].replaceAll('{your}', your));
}
