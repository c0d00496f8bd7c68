// The demo practice's destinations: most seen pupils from Year 11 up have an
// intended destination, last year's Year 11 (now Year 12) an offer and what
// they went on to do, and a few a September Guarantee that fell through, so
// the school's destinations screen and the local authority's return have
// gaps to show; and self-ratings at a first and a later date, so a client's
// before-and-now chart has something to show. Its own seeded stream leaves the
// rest of the practice as it was.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { academicYearOf } from '../../../shared/caseload';
import { currentCodeListVersion } from '../../../shared/destinations/nccis-codes';
import { frameworks } from '../../../shared/progress/frameworks';
import { activities, competencyRatings, guaranteeOffers, intendedDestinations } from '../../db/schema';
import type { OpenVault } from '../../vault';

type Options = { seed: number; today: string; now: Date; random: () => number };

const intentions = [
  { code: '210', provider: 'The school sixth form', course: 'A levels' },
  { code: '220', provider: 'Notre Dame Sixth Form College', course: 'A levels' },
  { code: '230', provider: 'Leeds City College', course: 'BTEC Health and social care' },
  { code: '230', provider: 'Kirklees College', course: 'T level in digital' },
  { code: '310', provider: 'Yorkshire Water', course: 'Engineering apprenticeship' },
  { code: '240', provider: 'University of Leeds', course: 'Nursing' },
];

/** Adds destinations for the seen pupils in Years 11 to 13; answers how many entries were written. */
export function addDemoDestinations(vault: OpenVault, { seed, today, now, random }: Options): number {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const academicStart = academicYearOf(today).startsOn;
  const pupils = vault.sqlite
    .prepare(
      `SELECT c.id, c.year_group AS yearGroup, min(i.held_on) AS firstSeenOn FROM clients c JOIN interviews i ON i.client_id = c.id
        WHERE c.year_group BETWEEN 11 AND 13 GROUP BY c.id ORDER BY c.id`,
    )
    .all() as { id: string; yearGroup: number; firstSeenOn: string }[];
  let entries = 0;
  const createdAt = now.toISOString();
  vault.db.transaction(() => {
    pupils.forEach((pupil, index) => {
      if (random() < 0.2) return;
      const intention = pick(intentions);
      const recordedOn = pupil.firstSeenOn > today ? today : pupil.firstSeenOn;
      vault.db
        .insert(intendedDestinations)
        .values({
          id: `demo-${seed}-intended-${index}`,
          clientId: pupil.id,
          recordedOn,
          code: intention.code,
          codeListVersion: currentCodeListVersion,
          provider: intention.provider,
          course: intention.course,
          level: '3',
          source: 'client',
          createdAt,
        })
        .run();
      entries += 1;
      if (pupil.yearGroup !== 12) return;
      // Last year's Year 11: the September Guarantee, and where they went.
      const offerOn = format(addDays(new Date(`${academicStart}T12:00:00Z`), -20), 'yyyy-MM-dd');
      const hasOffer = random() < 0.9;
      vault.db
        .insert(guaranteeOffers)
        .values({
          id: `demo-${seed}-offer-${index}`,
          clientId: pupil.id,
          yearGroup: 11,
          status: hasOffer ? 'offer-made' : pick(['no-offer', 'not-recorded'] as const),
          provider: hasOffer ? intention.provider : '',
          recordedOn: offerOn,
          createdAt,
        })
        .run();
      const isNeet = random() < 0.05;
      vault.db
        .insert(activities)
        .values({
          id: `demo-${seed}-activity-${index}`,
          clientId: pupil.id,
          code: isNeet ? '619' : intention.code,
          codeListVersion: currentCodeListVersion,
          provider: isNeet ? '' : intention.provider,
          startsOn: academicStart,
          verifiedOn: random() < 0.7 ? format(addDays(new Date(`${academicStart}T12:00:00Z`), 30), 'yyyy-MM-dd') : null,
          verifiedHow: 'Confirmed with the provider',
          createdAt,
        })
        .run();
      entries += 3;
    });
  });
  return entries;
}

/** Blueprint self-ratings for most clients seen twice: a first rating at their first interview, and a later one, usually a little higher. */
export function addDemoRatings(vault: OpenVault, { seed, today, now, random }: Options): number {
  const competencies = frameworks.blueprint.competencies;
  const seenTwice = vault.sqlite
    .prepare(
      'SELECT client_id AS clientId, min(held_on) AS firstOn, max(held_on) AS lastOn FROM interviews GROUP BY client_id HAVING count(*) > 1 ORDER BY client_id',
    )
    .all() as { clientId: string; firstOn: string; lastOn: string }[];
  let written = 0;
  const createdAt = now.toISOString();
  vault.db.transaction(() => {
    seenTwice.forEach((client, index) => {
      if (random() < 0.3) return;
      const chosen = competencies.filter(() => random() < 0.35).slice(0, 4);
      chosen.forEach((competency, place) => {
        const first = 1 + Math.floor(random() * 3);
        const later = Math.min(4, Math.max(1, first + (random() < 0.7 ? 1 : random() < 0.5 ? 0 : -1)));
        for (const [when, rating, ratedOn] of [
          ['first', first, client.firstOn],
          ['later', later, client.lastOn > today ? today : client.lastOn],
        ] as const) {
          vault.db
            .insert(competencyRatings)
            .values({
              id: `demo-${seed}-rating-${index}-${place}-${when}`,
              clientId: client.clientId,
              ratedOn,
              framework: 'blueprint',
              competency: competency.key,
              scale: 'levels-1-4',
              rating,
              source: 'self-assessment',
              createdAt,
            })
            .run();
          written += 1;
        }
      });
    });
  });
  return written;
}
