// Records for tests, made through the services as the app makes them, with
// defaults a test overrides only where it matters: a school, a client, an
// interview with its details, a plan, a consent. Prefer these to a roll typed
// out as CSV when the roll itself is not what the test is about.
import type { z } from 'zod';
import { consentPurposes } from '../../shared/consent';
import type { Client, ClientFields } from '../../shared/contract/clients';
import type { consentInputSchema } from '../../shared/contract/consent';
import type { Interview, InterviewDetails } from '../../shared/contract/interviews';
import type { PlanAction, PlanContent } from '../../shared/action-plans';
import { saveClient } from '../../main/services/clients';
import { recordConsent } from '../../main/services/consent';
import { getInterview, startInterview, updateDetails } from '../../main/services/interviews';
import { saveOrganisation } from '../../main/services/organisations';
import { createPlan, finalisePlan, saveDraft } from '../../main/services/plans';
import type { OpenVault } from '../../main/vault';
import { contextAt } from '../../main/services/context';

type ConsentInput = z.input<typeof consentInputSchema>;

const defaultNow = new Date('2026-11-23T10:00:00Z');

export function aSchool(
  vault: OpenVault,
  { name = 'Northfield Academy', urn, now = defaultNow }: { name?: string; urn?: string; now?: Date } = {},
): string {
  return saveOrganisation(
    vault,
    { name, kind: 'school', address: '', contacts: [], agreement: null, ...(urn ? { urn } : {}) },
    contextAt(now),
  ).id;
}

/** A Year 11 pupil at the school given (or a new Northfield Academy), with nothing else recorded. */
export function aClient(
  vault: OpenVault,
  fields: Partial<ClientFields> & { organisationId?: string } = {},
  now = defaultNow,
): Client {
  const organisationId = fields.organisationId ?? aSchool(vault, { now });
  const defaults: ClientFields = {
    organisationId,
    surname: "O'Neill",
    forename: 'Siân',
    preferredName: '',
    dateOfBirth: '2011-05-04',
    yearGroup: 11,
    tutorGroup: '11A',
    upn: '',
    keyWorker: '',
    sendStatus: 'none',
    hasPupilPremium: false,
    isAtRiskOfNeet: false,
    isLookedAfter: false,
    isYoungCarer: false,
    hasEnglishAsAdditionalLanguage: false,
    postcode: '',
    provisionLevel: 'core',
    referralSource: null,
    email: '',
    phone: '',
    aboutMe: '',
    reviewDueOn: null,
    planLanguage: 'en',
    isDyslexiaFriendly: false,
  };
  const input = { ...defaults, ...fields, organisationId };
  return saveClient(vault, input, contextAt(now));
}

/** The details an interview screen would send back unchanged, for a test to change a few of. */
export function detailsOf(interview: Interview): InterviewDetails {
  const {
    heldOn,
    startsAt,
    durationMinutes,
    mode,
    place,
    competencies,
    techniques,
    intendedDestination,
    referralMade,
    provisionLevelSet,
    followUpOn,
    scores,
  } = interview;
  return {
    heldOn,
    startsAt,
    durationMinutes,
    mode,
    place,
    competencies,
    techniques,
    intendedDestination,
    referralMade,
    provisionLevelSet,
    followUpOn,
    scores,
  };
}

/** An interview held with the GROW model, its details saved as given. */
export function anInterview(
  vault: OpenVault,
  clientId: string,
  {
    heldOn = '2026-11-02',
    details = {},
    now = defaultNow,
  }: { heldOn?: string; details?: Partial<InterviewDetails>; now?: Date } = {},
): Interview {
  const started = startInterview(vault, { clientId, templateId: 'grow', heldOn }, contextAt(now));
  return updateDetails(
    vault,
    { id: started.id, details: { ...detailsOf(getInterview(vault, started.id)), heldOn, ...details } },
    contextAt(now),
  );
}

/** An action agreed for the client to do, with no date unless given. */
export function anAction(text: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: `action-${text.length}-${text.slice(0, 12)}`,
    text,
    owner: { kind: 'client', name: '' },
    dueOn: null,
    links: [],
    notes: '',
    status: 'to-do',
    reviewComment: '',
    isSensitive: false,
    ...overrides,
  };
}

/** A plan with the goal and actions given; finalised as version 1 when asked. */
export function aPlan(
  vault: OpenVault,
  clientId: string,
  {
    goal = '',
    actions = [],
    isFinalised = false,
    now = defaultNow,
  }: { goal?: string; actions?: PlanAction[]; isFinalised?: boolean; now?: Date } = {},
) {
  const plan = createPlan(vault, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
  const content: PlanContent = { ...plan.draft, goal, actions };
  saveDraft(vault, { planId: plan.id, content }, contextAt(now));
  return isFinalised ? finalisePlan(vault, { planId: plan.id }, contextAt(now)) : plan;
}

/** Consent given in writing by the client on 10 September 2026, to the purposes named and no others. */
export function aConsent(
  vault: OpenVault,
  clientId: string,
  agreedTo: readonly (typeof consentPurposes)[number][],
  overrides: Partial<ConsentInput> = {},
  now = defaultNow,
) {
  const agreements = Object.fromEntries(
    consentPurposes.map((purpose) => [purpose, agreedTo.includes(purpose)]),
  ) as ConsentInput['agreements'];
  return recordConsent(
    vault,
    {
      clientId,
      consent: {
        hasExplainedConfidentiality: true,
        agreements,
        givenBy: 'client',
        givenOn: '2026-09-10',
        method: 'written',
        ...overrides,
      },
    },
    contextAt(now),
  );
}
