// A client's progress against a real encrypted vault: self-assessments and
// interview ratings kept per framework, read back as first and latest; bad
// ratings refused whole in plain words; scaling scores as their own series;
// and the framework chosen in Settings followed by new interview tags while
// old ones keep theirs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewDetails } from '../../shared/contract/interviews';
import { progressChannels } from '../../shared/contract/progress';
import { getInterview, startInterview, updateDetails } from '../../main/services/interviews';
import {
  progressForClient,
  rateAtInterview,
  recordSelfAssessment,
  summariseProgress,
} from '../../main/services/progress';
import { readSettings, updateSettings } from '../../main/services/settings';
import type { OpenVault, Vault } from '../../main/vault';
import { detailsOf } from '../support/factories';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll("Surname,Forename,DOB,Year\nO'Neill,Siân,04/05/2010,11\n", now);
  ({ vault, open } = made);
  clientId = made.clientIdOf("O'Neill");
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const ratingCount = () =>
  (open.sqlite.prepare('SELECT count(*) AS n FROM competency_ratings').get() as { n: number }).n;
const interviewDetails = (overrides: Partial<InterviewDetails> = {}) => {
  const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-02' }, contextAt(now));
  return { interview, details: { ...detailsOf(interview), ...overrides } };
};

describe('a client’s progress', () => {
  it('reads two self-assessments back as first and latest per area, in the framework’s order', () => {
    recordSelfAssessment(
      open,
      {
        clientId,
        ratedOn: '2026-09-14',
        framework: 'cdi',
        ratings: [
          { competency: 'manage-career', rating: 1 },
          { competency: 'grow-throughout-life', rating: 2 },
          { competency: 'see-the-big-picture', rating: 3 },
        ],
      },
      contextAt(now),
    );
    const progress = recordSelfAssessment(
      open,
      {
        clientId,
        ratedOn: '2026-11-20',
        framework: 'cdi',
        ratings: [
          { competency: 'manage-career', rating: 3 },
          { competency: 'grow-throughout-life', rating: 2 },
        ],
      },
      contextAt(now),
    );
    expect(progress.calledName).toBe('Siân');
    expect(
      progress.competencies.map((entry) => [
        entry.key,
        entry.count,
        entry.first.rating,
        entry.first.ratedOn,
        entry.latest.rating,
        entry.latest.ratedOn,
      ]),
    ).toEqual([
      ['grow-throughout-life', 2, 2, '2026-09-14', 2, '2026-11-20'],
      ['manage-career', 2, 1, '2026-09-14', 3, '2026-11-20'],
      ['see-the-big-picture', 1, 3, '2026-09-14', 3, '2026-09-14'],
    ]);
    expect(
      progress.competencies.every((entry) => entry.framework === 'cdi' && entry.first.source === 'self-assessment'),
    ).toBe(true);
    expect(progressForClient(open, { clientId })).toEqual(progress);
  });

  it('keeps ratings under the framework they were given in after Settings changes', () => {
    recordSelfAssessment(
      open,
      {
        clientId,
        ratedOn: '2026-09-14',
        framework: 'blueprint',
        ratings: [{ competency: 'positive-self-image', rating: 2 }],
      },
      contextAt(now),
    );
    expect(readSettings(open.db).competencyFramework).toBe('blueprint');
    updateSettings(open.db, { competencyFramework: 'cdi' });
    const progress = recordSelfAssessment(
      open,
      {
        clientId,
        ratedOn: '2026-11-20',
        framework: 'cdi',
        ratings: [{ competency: 'explore-possibilities', rating: 3 }],
      },
      contextAt(now),
    );
    expect(progress.chosenFramework).toBe('cdi');
    expect(progress.competencies.map((entry) => [entry.framework, entry.label])).toEqual([
      ['blueprint', 'Build and maintain a positive self-image'],
      ['cdi', 'Explore possibilities'],
    ]);
    // The summary for reports puts the framework in use first, each with its own sentence.
    expect(summariseProgress(open, { clientId }).map((group) => [group.framework, group.sentence])).toEqual([
      ['cdi', 'Siân has rated 1 area once so far; the next rating will show any change.'],
      ['blueprint', 'Siân has rated 1 competency once so far; the next rating will show any change.'],
    ]);
  });

  it('refuses a competency not in the framework, a rating off the scale, or a date before birth or in the future, writing nothing', () => {
    const assess = (overrides: Record<string, unknown>) =>
      recordSelfAssessment(
        open,
        {
          clientId,
          ratedOn: '2026-11-20',
          framework: 'cdi',
          ratings: [{ competency: 'manage-career', rating: 2 }],
          ...overrides,
        },
        contextAt(now),
      );
    expect(() =>
      assess({
        ratings: [
          { competency: 'manage-career', rating: 2 },
          { competency: 'positive-self-image', rating: 3 },
        ],
      }),
    ).toThrow(
      '“positive-self-image” is not one of the areas in the CDI Career Development Framework. Choose from the list.',
    );
    expect(() =>
      assess({
        ratings: [
          { competency: 'manage-career', rating: 2 },
          { competency: 'explore-possibilities', rating: 5 },
        ],
      }),
    ).toThrow('Ratings run from 1 to 4: “Explore possibilities” was given 5.');
    expect(() => assess({ ratings: [{ competency: 'manage-career', rating: 0 }] })).toThrow('Ratings run from 1 to 4');
    expect(() =>
      assess({
        ratings: [
          { competency: 'manage-career', rating: 2 },
          { competency: 'manage-career', rating: 3 },
        ],
      }),
    ).toThrow('“Manage career” is rated twice.');
    expect(() => assess({ ratedOn: '2010-01-01' })).toThrow(
      'That date is before their date of birth. Check the date of the self-assessment.',
    );
    expect(() => assess({ ratedOn: '2026-11-24' })).toThrow(
      'That date is in the future. Record a self-assessment on or after the day it happens.',
    );
    expect(ratingCount()).toBe(0);
    assess({});
    expect(ratingCount()).toBe(1);
  });

  it('refuses at the boundary an unknown framework or an empty self-assessment, in plain words', () => {
    const input = progressChannels['progress.recordSelfAssessment'].input;
    expect(
      input.safeParse({
        clientId,
        ratedOn: '2026-11-20',
        framework: 'gatsby',
        ratings: [{ competency: 'manage-career', rating: 2 }],
      }).success,
    ).toBe(false);
    expect(
      input.safeParse({ clientId, ratedOn: '2026-11-20', framework: 'cdi', ratings: [] }).error?.issues[0]?.message,
    ).toBe('Rate at least one competency before saving.');
  });

  it('dates interview ratings as the interview, in its framework, and replaces them when saved again', () => {
    updateSettings(open.db, { competencyFramework: 'cdi' });
    const { interview, details } = interviewDetails({ competencies: [2, 3], competencyFramework: 'cdi' });
    updateDetails(open, { id: interview.id, details }, contextAt(now));
    rateAtInterview(
      open,
      {
        interviewId: interview.id,
        ratings: [
          { competency: 'explore-possibilities', rating: 2 },
          { competency: 'manage-career', rating: 1 },
        ],
      },
      contextAt(now),
    );
    const progress = rateAtInterview(
      open,
      { interviewId: interview.id, ratings: [{ competency: 'manage-career', rating: 2 }] },
      contextAt(now),
    );
    expect(progress.competencies).toEqual([
      expect.objectContaining({
        framework: 'cdi',
        key: 'manage-career',
        count: 1,
        first: { ratedOn: '2026-11-02', rating: 2, source: 'interview' },
      }),
    ]);
    expect(progress.interviewRatings).toEqual([{ interviewId: interview.id, competency: 'manage-career', rating: 2 }]);
    expect(() =>
      rateAtInterview(
        open,
        { interviewId: interview.id, ratings: [{ competency: 'securing-work', rating: 2 }] },
        contextAt(now),
      ),
    ).toThrow('is not one of the areas');
    expect(ratingCount()).toBe(1);
    // Moved to another day, the interview takes its ratings with it.
    updateDetails(open, { id: interview.id, details: { ...details, heldOn: '2026-11-09' } }, contextAt(now));
    expect(progressForClient(open, { clientId }).competencies[0]?.first.ratedOn).toBe('2026-11-09');
  });

  it('shows interview scaling scores as series of their own, by question, oldest first', () => {
    const first = interviewDetails({
      heldOn: '2026-10-01',
      scores: [
        { label: 'Confidence', score: 4 },
        { label: 'Motivation', score: 6 },
      ],
    });
    updateDetails(open, { id: first.interview.id, details: first.details }, contextAt(now));
    const second = interviewDetails({ heldOn: '2026-11-02', scores: [{ label: 'confidence', score: 7 }] });
    updateDetails(open, { id: second.interview.id, details: second.details }, contextAt(now));
    const { scaling, competencies } = progressForClient(open, { clientId });
    expect(competencies).toEqual([]);
    expect(scaling.map((series) => [series.label, series.points.map((point) => [point.ratedOn, point.score])])).toEqual(
      [
        [
          'Confidence',
          [
            ['2026-10-01', 4],
            ['2026-11-02', 7],
          ],
        ],
        ['Motivation', [['2026-10-01', 6]]],
      ],
    );
  });
});

describe('interview competency tags', () => {
  it('record the framework they belong to, keep it when saved without one, and refuse a number past its list', () => {
    const { interview, details: withoutFramework } = interviewDetails({ competencies: [1, 6] });
    const details = { ...withoutFramework, competencyFramework: 'cdi' as const };
    expect(interview.competencyFramework).toBe('blueprint');
    expect(updateDetails(open, { id: interview.id, details }, contextAt(now))).toMatchObject({
      competencies: [1, 6],
      competencyFramework: 'cdi',
    });
    expect(
      updateDetails(open, { id: interview.id, details: withoutFramework }, contextAt(now)).competencyFramework,
    ).toBe('cdi');
    expect(() =>
      updateDetails(open, { id: interview.id, details: { ...details, competencies: [7] } }, contextAt(now)),
    ).toThrow('That framework has 6 areas: choose them from its list.');
    expect(getInterview(open, interview.id)).toMatchObject({ competencies: [1, 6], competencyFramework: 'cdi' });
    expect(
      updateDetails(
        open,
        { id: interview.id, details: { ...details, competencies: [11], competencyFramework: 'blueprint' } },
        contextAt(now),
      ),
    ).toMatchObject({ competencies: [11], competencyFramework: 'blueprint' });
  });
});

describe('the clock and ids a self-assessment is given', () => {
  it('gives each rating the id handed out, made at the frozen time', () => {
    recordSelfAssessment(
      open,
      {
        clientId,
        ratedOn: '2026-11-20',
        framework: 'cdi',
        ratings: [
          { competency: 'manage-career', rating: 2 },
          { competency: 'grow-throughout-life', rating: 3 },
        ],
      },
      fixedContext({
        now: '2026-11-20T11:00:00Z',
        ids: ['9a000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000002'],
      }),
    );
    expect(open.sqlite.prepare('SELECT id, created_at AS createdAt FROM competency_ratings ORDER BY id').all()).toEqual(
      [
        { id: '9a000000-0000-4000-8000-000000000001', createdAt: '2026-11-20T11:00:00.000Z' },
        { id: '9a000000-0000-4000-8000-000000000002', createdAt: '2026-11-20T11:00:00.000Z' },
      ],
    );
  });
});
