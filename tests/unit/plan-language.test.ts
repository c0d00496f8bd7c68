// The fixed words of a plan document exist in reviewed Welsh, dates read the
// Welsh way, and the editor can tell which of the adviser's parts still need Welsh.
import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../../shared/action-plans';
import {
  builtInSectionHeadings,
  describeOwnerIn,
  formatPlanDate,
  missingWelsh,
  planWords,
  sectionHeadingIn,
  welshSectionHeadings,
} from '../../shared/plan-language';

const content = (overrides: Partial<PlanContent> = {}): PlanContent => ({
  goal: 'You want to be a paramedic',
  sectionSet: 'now-want-how',
  sections: [{ id: 's1', heading: 'Where you are now', body: 'You are in Year 11.', isSensitive: false }],
  actions: [
    {
      id: 'a1',
      text: 'Visit the college open day',
      owner: { kind: 'client', name: '' },
      dueOn: '2027-03-18',
      status: 'to-do',
      notes: '',
      links: [],
      isSensitive: false,
      reviewComment: '',
    },
  ],
  resources: [],
  imageIds: [],
  ...overrides,
});

describe('plan words in Welsh', () => {
  it('has a Welsh word for every English one, and none left in English', () => {
    const english = planWords.en;
    const welsh = planWords.cy;
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      if (typeof english[key] === 'string') expect(welsh[key], key).not.toEqual(english[key]);
    }
    expect(Object.values(welsh.statuses)).not.toContain('Done');
  });

  it('translates every built-in section heading', () => {
    for (const heading of builtInSectionHeadings) expect(welshSectionHeadings[heading], heading).toBeTruthy();
  });

  it('writes dates with Welsh month names', () => {
    expect(formatPlanDate('2027-03-18', 'cy')).toBe('18 Mawrth 2027');
    expect(formatPlanDate('2027-03-18', 'en')).toBe('18 March 2027');
    expect(formatPlanDate('2026-12-01', 'cy')).toBe('1 Rhagfyr 2026');
  });

  it('names who does an action in the language', () => {
    expect(describeOwnerIn({ kind: 'client', name: '' }, 'cy')).toBe('Chi');
    expect(describeOwnerIn({ kind: 'adviser', name: 'Rhian' }, 'cy')).toBe('Rhian (eich cynghorydd)');
    expect(describeOwnerIn({ kind: 'supporter', name: '' }, 'en')).toBe('Someone supporting you');
  });
});

describe('what still needs Welsh', () => {
  it('lists each part with English and no Welsh, and a heading the adviser wrote themselves', () => {
    const plan = content({
      sections: [...content().sections, { id: 's2', heading: 'Money', body: '', isSensitive: false }],
    });
    expect(missingWelsh(plan).map((part) => part.path)).toEqual([
      'goalCy',
      'sections.0.bodyCy',
      'sections.1.headingCy',
      'actions.0.textCy',
    ]);
  });

  it('is empty once the Welsh is written, using the built-in Welsh for built-in headings', () => {
    const base = content();
    const plan = content({
      goalCy: 'Rydych chi eisiau bod yn barafeddyg',
      sections: base.sections.map((section) => ({ ...section, bodyCy: 'Rydych chi ym Mlwyddyn 11.' })),
      actions: base.actions.map((action) => ({ ...action, textCy: 'Ymweld â diwrnod agored y coleg' })),
    });
    expect(missingWelsh(plan)).toEqual([]);
    expect(sectionHeadingIn({ heading: 'Where you are now' }, 'cy')).toBe('Ble rydych chi nawr');
  });
});
