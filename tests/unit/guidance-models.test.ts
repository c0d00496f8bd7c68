// The built-in guidance models have the shapes advisers are trained in.
import { describe, expect, it } from 'vitest';
import { builtInTemplates, competencies } from '../../shared/guidance-models';

const expectedStages: Record<string, string[]> = {
  egan: ['Exploring', 'Understanding', 'Action'],
  grow: ['Goal', 'Reality', 'Options', 'Way forward'],
  oskar: ['Outcome', 'Scaling', 'Know-how', 'Affirm and action', 'Review'],
  clear: ['Contracting', 'Listening', 'Exploring', 'Action', 'Review'],
  'three-stage': ['Establishing the relationship', 'Exploring and understanding', 'Action'],
};

describe('built-in guidance models', () => {
  it('are the five models, with their stages in order', () => {
    expect(
      Object.fromEntries(
        builtInTemplates.map((template) => [template.id, template.stages.map((stage) => stage.title)]),
      ),
    ).toEqual(expectedStages);
  });

  it('give every stage a one-line purpose and 3 to 6 prompts', () => {
    for (const stage of builtInTemplates.flatMap((template) => template.stages)) {
      expect(stage.purpose.length).toBeGreaterThan(10);
      expect(stage.purpose).not.toContain('\n');
      expect(stage.prompts.length).toBeGreaterThanOrEqual(3);
      expect(stage.prompts.length).toBeLessThanOrEqual(6);
    }
  });

  it('are read-only and versioned', () => {
    const grow = builtInTemplates.find((template) => template.id === 'grow');
    expect(grow?.builtIn).toBe(true);
    expect(grow?.version).toBe(1);
    expect(
      () =>
        (grow?.stages as { title: string }[])[0] &&
        Object.assign((grow?.stages as { title: string }[])[0] as object, { title: 'Changed' }),
    ).toThrow();
    expect(() => (grow?.stages[0]?.prompts as string[]).push('another')).toThrow();
  });

  it('list the eleven Blueprint competencies in three areas', () => {
    expect(competencies.map((competency) => competency.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(competencies.map((competency) => competency.area)).size).toBe(3);
  });
});
