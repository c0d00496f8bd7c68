// The one sentence beside the before-and-now chart (and its accessible name).
import { describe, expect, it } from 'vitest';
import { progressByFramework, progressSummary } from '../../shared/progress/summary';

const rated = (first: number, latest: number, count = 2) => ({
  count,
  first: { ratedOn: '2026-09-14', rating: first, source: 'self-assessment' as const },
  latest: { ratedOn: '2026-11-20', rating: latest, source: 'self-assessment' as const },
});

describe('the progress summary sentence', () => {
  it('counts the areas rated higher now than at first, and names the lower and the same', () => {
    expect(
      progressSummary('Siân', 'cdi', [rated(1, 3), rated(2, 3), rated(2, 4), rated(3, 2), rated(2, 2), rated(4, 4)]),
    ).toBe('Siân rated 3 of 6 areas higher now than at first, 1 lower and 2 the same.');
  });

  it('says competencies for the Blueprint, and leaves out the parts that are nought', () => {
    expect(progressSummary('Luke', 'blueprint', [rated(1, 2), rated(2, 3)])).toBe(
      'Luke rated 2 of 2 competencies higher now than at first.',
    );
    expect(progressSummary('Luke', 'blueprint', [rated(3, 2)])).toBe(
      'Luke rated 0 of 1 competency higher now than at first, 1 lower.',
    );
  });

  it('sets apart what has been rated only once', () => {
    expect(progressSummary('Siân', 'cdi', [rated(1, 3), rated(2, 2, 1)])).toBe(
      'Siân rated 1 of 1 area higher now than at first (1 area rated only once so far).',
    );
    expect(progressSummary('Siân', 'cdi', [rated(2, 2, 1), rated(3, 3, 1)])).toBe(
      'Siân has rated 2 areas once so far; the next rating will show any change.',
    );
  });

  it('says when nothing is rated yet', () => {
    expect(progressSummary('Siân', 'cdi', [])).toBe('Siân has not rated any areas yet.');
  });
});

describe('progress by framework', () => {
  it('puts the framework in use first, leaves out one with no ratings, and gives each its sentence', () => {
    const entry = (framework: 'blueprint' | 'cdi', key: string, first: number, latest: number) => ({
      framework,
      key,
      label: key,
      shortLabel: key,
      ...rated(first, latest),
    });
    const groups = progressByFramework({
      calledName: 'Siân',
      chosenFramework: 'cdi',
      competencies: [entry('blueprint', 'positive-self-image', 1, 2), entry('cdi', 'manage-career', 2, 1)],
    });
    expect(
      groups.map((group) => [group.framework, group.competencies.map((competency) => competency.key), group.sentence]),
    ).toEqual([
      ['cdi', ['manage-career'], 'Siân rated 0 of 1 area higher now than at first, 1 lower.'],
      ['blueprint', ['positive-self-image'], 'Siân rated 1 of 1 competency higher now than at first.'],
    ]);
    expect(
      progressByFramework({
        calledName: 'Siân',
        chosenFramework: 'blueprint',
        competencies: [entry('cdi', 'manage-career', 2, 3)],
      }).map((group) => group.framework),
    ).toEqual(['cdi']);
  });
});
