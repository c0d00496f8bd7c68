// Where an interview's stage notes land in a new plan's sections.
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../shared/guidance-models';
import { placeStages, sectionBodiesFromNotes } from '../../shared/plan-starting-draft';

const stagesOf = (id: string) => builtInTemplates.find((template) => template.id === id)?.stages ?? [];

describe('placeStages', () => {
  it('puts GROW’s reality first, its goal and options second and the way forward third', () => {
    expect(placeStages(stagesOf('grow'), 'grow')).toEqual(['want', 'now', 'want', 'how']);
  });

  it('follows each built-in model', () => {
    expect(placeStages(stagesOf('egan'), 'egan')).toEqual(['now', 'want', 'how']);
    expect(placeStages(stagesOf('three-stage'), 'three-stage')).toEqual(['now', 'want', 'how']);
    expect(placeStages(stagesOf('clear'), 'clear')).toEqual(['now', 'now', 'want', 'how', 'how']);
    expect(placeStages(stagesOf('oskar'), 'oskar')).toEqual(['want', 'now', 'now', 'how', 'now']);
  });

  it('reads renamed stages by their words, and otherwise by position', () => {
    expect(
      placeStages(
        [
          { title: 'Your story so far' },
          { title: 'Exploring' },
          { title: 'Ideas for the future' },
          { title: 'Next steps' },
        ],
        'my-template',
      ),
    ).toEqual(['now', 'now', 'want', 'how']);
    expect(placeStages([{ title: 'Part A' }, { title: 'Part B' }, { title: 'Part C' }], null)).toEqual([
      'now',
      'want',
      'how',
    ]);
  });
});

describe('sectionBodiesFromNotes', () => {
  const grow = stagesOf('grow').map((stage, index) => ({
    title: stage.title,
    notes:
      ['Wants to work with animals.', 'Year 11, enjoys biology.', 'College or an apprenticeship.', ''][index] ?? '',
  }));

  it('fills the three sections, joining stages that share one', () => {
    expect(sectionBodiesFromNotes(grow, 'grow', 3)).toEqual([
      'Year 11, enjoys biology.',
      'Wants to work with animals.\n\nCollege or an apprenticeship.',
      '',
    ]);
  });

  it('gathers everything into a single section for a one-section set', () => {
    expect(sectionBodiesFromNotes(grow, 'grow', 1)).toEqual([
      'Wants to work with animals.\n\nYear 11, enjoys biology.\n\nCollege or an apprenticeship.',
    ]);
  });

  it('cuts notes longer than a section holds, saying where the rest is', () => {
    const [body] = sectionBodiesFromNotes([{ title: 'Reality', notes: 'x'.repeat(200) }], null, 1, 100);
    expect(body).toHaveLength(100);
    expect(body).toMatch(/\[The rest is in the interview notes\.\]$/);
  });
});
