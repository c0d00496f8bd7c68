// The easy-read pictures: each a self-contained SVG with alt text in English
// and Welsh; an action's picture follows the adviser's choice, then its words.
import { describe, expect, it } from 'vitest';
import { iconForAction, iconForSection, knownIcon, planIconIds, planIcons, planIconSvg } from '../../shared/plan-icons';

describe('the easy-read icon set', () => {
  it('has every icon as a standalone SVG with English and Welsh alt text that differ', () => {
    for (const id of planIconIds) {
      const svg = planIconSvg(id);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), id).toBe(true);
      expect(svg).not.toMatch(/<(script|image|foreignObject)|href=/);
      expect(planIcons[id].alt.en.length, id).toBeGreaterThan(3);
      expect(planIcons[id].alt.cy.length, id).toBeGreaterThan(3);
      expect(planIcons[id].alt.cy, id).not.toBe(planIcons[id].alt.en);
    }
  });

  it('picks an action’s picture from the adviser’s choice, then its words, then its date', () => {
    expect(iconForAction({ text: 'Visit the college open day', dueOn: null })).toBe('college');
    expect(iconForAction({ text: 'Ask about an apprenticeship at the garage', dueOn: null })).toBe('apprenticeship');
    expect(iconForAction({ text: 'Apply for the bursary', dueOn: null })).toBe('money');
    expect(iconForAction({ text: 'Check the bus route', dueOn: null })).toBe('travel');
    expect(iconForAction({ text: 'Update your CV', dueOn: null })).toBe('work');
    expect(iconForAction({ text: 'Speak to your tutor', dueOn: null })).toBe('people');
    expect(iconForAction({ text: 'Visit the college open day', dueOn: null, icon: 'phone' })).toBe('phone');
    expect(iconForAction({ text: 'Rest', dueOn: '2027-01-01' })).toBe('calendar');
    expect(iconForAction({ text: 'Rest', dueOn: null, icon: 'no-such-icon' })).toBe('steps');
    expect(knownIcon('no-such-icon')).toBeNull();
    expect([0, 1, 2, 3].map((index) => iconForSection({}, index))).toEqual(['person', 'signpost', 'steps', 'document']);
  });
});
