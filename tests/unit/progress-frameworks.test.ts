// The competency frameworks as data: the Blueprint's eleven and the CDI
// framework's six areas, with stable keys, 1-based numbers and a 1-to-4 scale.
import { describe, expect, it } from 'vitest';
import { competencies as guidanceCompetencies } from '../../shared/guidance-models';
import { competencyByNumber, findCompetency, frameworks, levelLabel } from '../../shared/progress/frameworks';

describe('the competency frameworks', () => {
  it('hold the Blueprint’s eleven competencies in three areas, numbered 1 to 11 as interview tags store them', () => {
    const { competencies } = frameworks.blueprint;
    expect(competencies.map((competency) => competency.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(competencies.map((competency) => competency.area))).toEqual(
      new Set(['Personal management', 'Learning and work exploration', 'Life/work building']),
    );
    expect(competencyByNumber('blueprint', 1)?.label).toBe('Build and maintain a positive self-image');
    expect(competencyByNumber('blueprint', 12)).toBeUndefined();
  });

  it('hold the CDI framework’s six areas in order', () => {
    expect(frameworks.cdi.competencies.map((competency) => competency.label)).toEqual([
      'Grow throughout life',
      'Explore possibilities',
      'Manage career',
      'Create opportunities',
      'Balance life and work',
      'See the big picture',
    ]);
    expect(competencyByNumber('cdi', 6)?.key).toBe('see-the-big-picture');
    expect(competencyByNumber('cdi', 7)).toBeUndefined();
  });

  it('give every competency a key unique within its framework, found by key only in its own framework', () => {
    for (const framework of Object.values(frameworks)) {
      const keys = framework.competencies.map((competency) => competency.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    expect(findCompetency('cdi', 'manage-career')?.number).toBe(3);
    expect(findCompetency('blueprint', 'manage-career')).toBeUndefined();
  });

  it('rate both frameworks on four levels with plain words', () => {
    for (const framework of Object.values(frameworks)) {
      expect([framework.scale.min, framework.scale.max]).toEqual([1, 4]);
      expect(framework.scale.levels.map((level) => level.value)).toEqual([1, 2, 3, 4]);
    }
    expect(levelLabel('cdi', 1)).toBe('Just starting');
    expect(levelLabel('cdi', 5)).toBeUndefined();
  });

  it('keep the guidance models’ list of Blueprint competencies as it was', () => {
    expect(guidanceCompetencies).toHaveLength(11);
    expect(guidanceCompetencies[10]).toEqual({
      number: 11,
      area: 'Life/work building',
      title: 'Understand, engage in and manage one’s own life/work building process',
    });
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(frameworks.cdi.competencies[0])).toBe(true);
  });
});
