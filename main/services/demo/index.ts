// A seeded, reproducible demo practice: several organisations with agreements,
// clients across year groups with realistic provision levels, SEND and pupil
// premium shares, interviews, plans and consents. The same seed always gives
// the same practice. Clients are written in batches, one transaction each, so
// a practice of 20,000 never holds more than a batch in memory or in one
// uncommitted transaction (the benchmark measures the process's peak memory).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { academicYearOf } from '../../../shared/caseload';
import type { ClientFields } from '../../../shared/contract/clients';
import { builtInTemplates } from '../../../shared/guidance-models';
import { consents, interviewNotes, interviewScores, interviews } from '../../db/schema';
import { consentPurposes, type ConsentPurpose } from '../../../shared/consent';
import { createPlan, finalisePlan, saveDraft } from '../plans';
import { indexRecord } from '../search';
import type { PlanAction } from '../../../shared/action-plans';
import type { OpenVault } from '../../vault';
import { writeClient } from '../clients';
import { saveOrganisation } from '../organisations';
import { collegeNames, nameGroups, schoolNames, schoolTowns, tutorNames } from './names';
import { addDemoDiary } from './diary';
import { addDemoInvoices } from './invoices';
import { addDemoDestinations, addDemoRatings } from './destinations';
import { contextAt } from '../context';

const demoDestinations = [
  'A levels in sixth form',
  'BTEC at college',
  'T level in digital',
  'Apprenticeship in engineering',
  'Not sure yet',
  'Employment with training',
];
const demoNotes = [
  'Enjoys practical subjects and wants to work with people.',
  'Talked through college open days and the application deadline.',
  'Worried about maths resit; agreed to speak to the tutor.',
  'Interested in nursing after a work experience week at the hospital.',
  'Keen on coding; looked at apprenticeship vacancies together.',
  'Parents want sixth form; client leaning towards college.',
  'Confidence has grown since the last meeting.',
  'Explored options using a card sort; top three were design, sport and childcare.',
];

export type DemoOptions = {
  clients: number;
  seed: number;
  today: string;
  /** The benchmark's heavier practice: about this many interviews for each client seen. */
  interviewsPerSeenClient?: number | undefined;
  /** Clients written per transaction: smaller batches keep memory flat for large practices. */
  batchSize?: number | undefined;
  /** Told after each batch how many clients are written so far. */
  onProgress?: ((clientsWritten: number) => void) | undefined;
};
export type DemoSummary = {
  organisations: number;
  clients: number;
  interviews: number;
  plans: number;
  consents: number;
};

const defaultBatchSize = 500;

/** mulberry32: a tiny, well-known seeded generator; quality is ample for demo data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDemoPractice(vault: OpenVault, options: DemoOptions): DemoSummary {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (probability: number) => random() < probability;
  const year = academicYearOf(options.today);
  const academicStart = Number(year.startsOn.slice(0, 4));
  const now = new Date(`${options.today}T09:00:00Z`);
  let interviewCount = 0;
  let planCount = 0;
  let consentCount = 0;

  /** A plan written to the client, finalised, and often reviewed into a second version. */
  function addDemoPlan(clientId: string, forename: string): void {
    const plan = createPlan(
      vault,
      { clientId, sectionSet: pick(['now-want-how', 'situation-ideas-plans', 'now-want-how', 'easy-read'] as const) },
      contextAt(now),
    );
    const action = (
      text: string,
      kind: PlanAction['owner']['kind'],
      name = '',
      days: number | null = 30,
    ): PlanAction => ({
      id: `${plan.id}-${text.length}-${kind}`,
      text,
      owner: { kind, name },
      dueOn: days === null ? null : format(addDays(now, days), 'yyyy-MM-dd'),
      status: 'to-do',
      notes: '',
      links: text.includes('open day')
        ? [{ title: 'College open days', url: 'https://www.example.ac.uk/open-days' }]
        : [],
      isSensitive: false,
      reviewComment: '',
    });
    const content = {
      ...plan.draft,
      goal: pick([
        'You want to work with people and are thinking about health careers.',
        'You want to find a course where you can learn by doing.',
        'You would like an apprenticeship in engineering.',
      ]),
      sections: plan.draft.sections.map((section, index) => ({
        ...section,
        body:
          [
            `${forename}, you told me you enjoy practical work and helping others.`,
            'You are interested in college courses and apprenticeships.',
            'You will visit the open day and talk to your tutor about your options.',
          ][index] ?? '',
        isSensitive: index === 0 && chance(0.1),
      })),
      actions: [
        action('Visit the college open day', 'client', '', 60),
        action('Speak to your tutor about the entry requirements', 'client', '', 14),
        action('Send you the apprenticeship vacancy links', 'adviser', '', 7),
        ...(chance(0.3) ? [action('Go to the open evening with you', 'supporter', 'Mum', null)] : []),
      ],
    };
    saveDraft(vault, { planId: plan.id, content }, contextAt(now));
    finalisePlan(vault, { planId: plan.id }, contextAt(now));
    if (chance(0.5)) {
      const reviewed = {
        ...content,
        actions: content.actions.map((item) => ({
          ...item,
          status: pick(['done', 'done', 'in-progress', 'changed', 'dropped'] as const),
          reviewComment: pick([
            'Went with a friend.',
            'Still waiting to hear back.',
            'Decided on sixth form instead.',
            '',
          ]),
        })),
      };
      saveDraft(vault, { planId: plan.id, content: reviewed }, contextAt(now));
      finalisePlan(vault, { planId: plan.id }, contextAt(now));
    }
  }

  /** Consent as advisers record it at a first interview; its own random stream leaves the rest of the practice as it was. */
  const consentRandom = seededRandom(options.seed ^ 0x5eed5);
  function addDemoConsent(clientId: string, index: number, yearGroup: number | null, firstSeenOn: string): void {
    const isParentGiving = yearGroup !== null && yearGroup <= 9 && consentRandom() < 0.4;
    const agreements = Object.fromEntries(
      consentPurposes.map((purpose) => [
        purpose,
        consentRandom() < (purpose === 'includeInDestinationReturns' ? 0.95 : 0.7),
      ]),
    ) as Record<ConsentPurpose, boolean>;
    const isWithdrawn = consentRandom() < 0.04;
    vault.db
      .insert(consents)
      .values({
        id: `demo-${options.seed}-consent-${index}`,
        clientId,
        hasExplainedConfidentiality: true,
        agreements: JSON.stringify(agreements),
        givenBy: isParentGiving ? 'parent-carer' : 'client',
        givenOn: firstSeenOn,
        method: consentRandom() < 0.6 ? 'verbal' : 'written',
        withdrawnOn: isWithdrawn ? format(addDays(now, -Math.floor(consentRandom() * 60)), 'yyyy-MM-dd') : null,
        withdrawalNote: isWithdrawn ? 'Asked us to stop sharing plans with school.' : '',
        createdAt: now.toISOString(),
      })
      .run();
    consentCount += 1;
  }

  const organisations = vault.db.transaction(() => {
    const schoolCount = demoSchoolCount(options.clients);
    return [
      ...Array.from({ length: schoolCount }, (_, index) => ({
        name: demoSchoolName(index),
        kind: 'school' as const,
        years: [7, 8, 9, 10, 11, 12, 13],
      })),
      { name: collegeNames[0] as string, kind: 'college' as const, years: [12, 13, 14] },
      { name: 'Private clients', kind: 'private-practice' as const, years: [] as number[] },
    ].map((organisation) => ({
      ...organisation,
      id: saveOrganisation(
        vault,
        {
          name: organisation.name,
          kind: organisation.kind,
          address: organisation.kind === 'private-practice' ? '' : `${1 + Math.floor(random() * 200)} School Lane`,
          contacts:
            organisation.kind === 'private-practice'
              ? []
              : [{ role: 'careers-leader', name: pick(tutorNames), email: '', phone: '' }],
          agreement:
            organisation.kind === 'private-practice'
              ? null
              : {
                  services: [
                    'interview-caseload',
                    ...(chance(0.6) ? (['group-work'] as const) : []),
                    ...(chance(0.4) ? (['parents-evenings'] as const) : []),
                  ],
                  hoursPerYear: null,
                  daysPerYear: 8 + Math.floor(random() * 15),
                  ratePence: 30_000 + Math.floor(random() * 10) * 1_000,
                  rateUnit: 'day',
                  startsOn: year.startsOn,
                  endsOn: year.endsOn,
                },
        },
        contextAt(now),
      ).id,
    }));
  });

  const batchSize = Math.max(1, options.batchSize ?? defaultBatchSize);
  for (let batchStart = 0; batchStart < options.clients; batchStart += batchSize) {
    const batchEnd = Math.min(options.clients, batchStart + batchSize);
    vault.db.transaction(() => {
      for (let index = batchStart; index < batchEnd; index += 1) {
        const organisation =
          index % 20 === 19
            ? (organisations.at(-1) as (typeof organisations)[number])
            : (organisations[index % (organisations.length - 1)] as (typeof organisations)[number]);
        const isAdult = organisation.kind === 'private-practice';
        const yearGroup = isAdult ? null : pick(organisation.years);
        const group = pick(nameGroups);
        const forename = pick(group.forenames);
        const surname = chance(0.85) ? pick(group.surnames) : pick(pick(nameGroups).surnames);
        const birthYear =
          yearGroup === null ? academicStart - 19 - Math.floor(random() * 30) : academicStart - yearGroup - 5;
        const dateOfBirth = format(
          addDays(new Date(Date.UTC(birthYear, 8, 1)), Math.floor(random() * 365)),
          'yyyy-MM-dd',
        );
        const levelRoll = random();
        const send = random();
        const fields: ClientFields = {
          organisationId: organisation.id,
          surname,
          forename,
          preferredName: chance(0.08) ? forename.slice(0, Math.max(3, Math.ceil(forename.length / 2))) : '',
          dateOfBirth,
          yearGroup,
          tutorGroup: yearGroup === null ? '' : `${yearGroup}${pick(['A', 'B', 'C', 'D', 'E'])}`,
          upn: isAdult
            ? ''
            : `${pick(['A', 'B', 'H', 'K', 'N', 'W'])}${String(Math.floor(random() * 1e12)).padStart(12, '0')}`,
          keyWorker: isAdult ? '' : pick(tutorNames),
          sendStatus: send < 0.03 ? 'ehc-plan' : send < 0.16 ? 'sen-support' : 'none',
          hasPupilPremium: !isAdult && chance(0.25),
          isAtRiskOfNeet: chance(0.05),
          isLookedAfter: !isAdult && chance(0.01),
          // Set without a random draw, so the rest of the demo practice stays as it was.
          planLanguage: 'en',
          isDyslexiaFriendly: false,
          isYoungCarer: !isAdult && chance(0.03),
          hasEnglishAsAdditionalLanguage: chance(0.15),
          postcode: '',
          provisionLevel: levelRoll < 0.05 ? 'intensive' : levelRoll < 0.45 ? 'filtered' : 'core',
          referralSource: pick(['key-worker', 'self', 'adviser', 'other'] as const),
          email: '',
          phone: '',
          aboutMe: '',
          reviewDueOn: chance(0.2) ? format(addDays(now, Math.floor(random() * 120) - 30), 'yyyy-MM-dd') : null,
        };
        const clientId = writeClient(vault, fields, undefined, contextAt(now));
        // Most clients have been seen; older pupils more often, as Benchmark 8 asks.
        const isSeen = yearGroup === null || yearGroup >= 10 ? chance(0.85) : chance(0.45);
        const perSeen = options.interviewsPerSeenClient;
        const interviewsHeld = !isSeen
          ? 0
          : perSeen
            ? Math.max(1, perSeen - 2 + Math.floor(random() * 5))
            : yearGroup === null || yearGroup >= 10
              ? 1 + Math.floor(random() * 3)
              : 1;
        let firstSeenOn: string | null = null;
        for (let interview = 0; interview < interviewsHeld; interview += 1) {
          // Round-robin over the models so every one of them appears in the practice.
          const template = builtInTemplates[
            interviewCount % builtInTemplates.length
          ] as (typeof builtInTemplates)[number];
          const id = `demo-${options.seed}-${index}-${interview}`;
          const heldOn = format(addDays(now, -Math.floor(random() * 500)), 'yyyy-MM-dd');
          if (firstSeenOn === null || heldOn < firstSeenOn) firstSeenOn = heldOn;
          vault.db
            .insert(interviews)
            .values({
              id,
              clientId,
              organisationId: organisation.id,
              heldOn,
              durationMinutes: pick([30, 45, 45, 45, 60]),
              mode: pick(['in-person', 'in-person', 'in-person', 'video', 'phone'] as const),
              templateId: template.id,
              templateName: template.name,
              templateVersion: template.version,
              templateStages: JSON.stringify(template.stages),
              intendedDestination: pick(demoDestinations),
              isFinished: true,
              createdAt: now.toISOString(),
              updatedAt: now.toISOString(),
            })
            .run();
          const notes = template.stages.map((stage) => `${stage.title}: ${pick(demoNotes)}`);
          notes.forEach((text, stageIndex) =>
            vault.db
              .insert(interviewNotes)
              .values({ interviewId: id, stageIndex, text, savedAt: now.toISOString() })
              .run(),
          );
          vault.db
            .insert(interviewScores)
            .values({ interviewId: id, label: 'Confidence', score: 2 + Math.floor(random() * 8) })
            .run();
          indexRecord(vault.sqlite, 'interview', id, notes);
          interviewCount += 1;
        }
        if (interviewsHeld > 0 && chance(0.85)) {
          addDemoPlan(clientId, forename);
          planCount += 1;
        }
        if (firstSeenOn !== null && consentRandom() < 0.9) addDemoConsent(clientId, index, yearGroup, firstSeenOn);
      }
    });
    options.onProgress?.(batchEnd);
  }
  const schoolIds = organisations
    .filter((organisation) => organisation.kind === 'school')
    .map((organisation) => organisation.id);
  addDemoDiary(vault, { schoolIds, today: options.today, now });
  addDemoInvoices(vault, { schoolIds, today: options.today, now });
  addDemoDestinations(vault, {
    seed: options.seed,
    today: options.today,
    now,
    random: seededRandom(options.seed ^ 0xde57),
  });
  addDemoRatings(vault, { seed: options.seed, today: options.today, now, random: seededRandom(options.seed ^ 0x4a7e) });
  // Each school's URN, which the local authority's returns carry.
  schoolIds.forEach((organisationId, index) =>
    vault.sqlite
      .prepare('UPDATE organisations SET urn = ? WHERE id = ?')
      .run(String(107_300 + index * 17), organisationId),
  );
  return {
    organisations: organisations.length,
    clients: options.clients,
    interviews: interviewCount,
    plans: planCount,
    consents: consentCount,
  };
}

/**
 * Up to 20,000 clients, eight schools at most; a larger practice has more schools of the
 * same size (about 2,500 pupils each), not larger ones, so a school's reports read what a
 * real one holds.
 */
export function demoSchoolCount(clients: number): number {
  return Math.max(Math.min(schoolNames.length, Math.max(1, Math.ceil(clients / 400))), Math.ceil(clients / 2_500));
}

/** The first eight schools by name alone; later ones share a name with one of them, in another town. */
export function demoSchoolName(index: number): string {
  const name = schoolNames[index % schoolNames.length] as string;
  const round = Math.floor(index / schoolNames.length);
  if (round === 0) return name;
  const town = schoolTowns[(round - 1) % schoolTowns.length] as string;
  const lap = Math.floor((round - 1) / schoolTowns.length);
  return lap === 0 ? `${name}, ${town}` : `${name}, ${town} ${lap + 1}`;
}
