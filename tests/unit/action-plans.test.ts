// SMART hints advise and never block; version comparison pairs actions by id.
import { describe, expect, it } from 'vitest';
import {
  compareActions,
  describeOwner,
  easyReadHints,
  isWebLink,
  smartHints,
  type PlanAction,
} from '../../shared/action-plans';

const action = (overrides: Partial<PlanAction> = {}): PlanAction => ({
  id: overrides.id ?? 'a1',
  text: 'Visit the college open day',
  owner: { kind: 'client', name: '' },
  dueOn: '2027-03-18',
  status: 'to-do',
  notes: '',
  links: [],
  isSensitive: false,
  reviewComment: '',
  ...overrides,
});

describe('SMART hints', () => {
  it('has nothing to say about a clear, dated, owned action', () => {
    expect(smartHints({ actions: [action()] })).toEqual([]);
  });

  it('notes a missing date gently', () => {
    expect(smartHints({ actions: [action({ dueOn: null })] })).toEqual([
      { actionId: 'a1', message: 'No date: fine if deliberate.' },
    ]);
  });

  it('spots vague verbs', () => {
    expect(smartHints({ actions: [action({ text: 'Think about college options' })] })[0]?.message).toMatch(
      /"think about" is a vague verb/,
    );
    expect(smartHints({ actions: [action({ text: 'You will maybe apply' })] })[0]?.message).toMatch(/"maybe"/);
  });

  it('asks who the supporter is when no name is given', () => {
    expect(smartHints({ actions: [action({ owner: { kind: 'supporter', name: ' ' } })] })).toEqual([
      { actionId: 'a1', message: 'No owner: who is the supporter who will do this?' },
    ]);
  });

  it('notes more than three live actions, ignoring done and dropped ones', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => action({ id }));
    expect(smartHints({ actions: four })).toEqual([
      { actionId: null, message: expect.stringMatching(/4 actions. Three is often enough/) },
    ]);
    expect(smartHints({ actions: [...four.slice(0, 3), action({ id: 'd', status: 'done' })] })).toEqual([]);
  });
});

describe('comparing versions', () => {
  it('shows added, removed, changed and unchanged actions', () => {
    const before = [action({ id: 'keep' }), action({ id: 'change' }), action({ id: 'gone', text: 'Old idea' })];
    const after = [
      action({ id: 'keep' }),
      action({ id: 'change', status: 'done' }),
      action({ id: 'new', text: 'New step' }),
    ];
    expect(compareActions(before, after).map((change) => [change.text, change.change])).toEqual([
      ['Visit the college open day', 'unchanged'],
      ['Visit the college open day', 'changed'],
      ['New step', 'added'],
      ['Old idea', 'removed'],
    ]);
  });
});

describe('owners and links', () => {
  it('describes owners in the second person', () => {
    expect(describeOwner({ kind: 'client', name: '' })).toBe('You');
    expect(describeOwner({ kind: 'adviser', name: 'Ms Patel' })).toBe('Ms Patel (your adviser)');
    expect(describeOwner({ kind: 'supporter', name: 'Mum' })).toBe('Mum');
  });

  it('accepts only web links', () => {
    expect(isWebLink('https://www.ucas.com')).toBe(true);
    expect(isWebLink('http://example.org/a?b=1')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('file:///etc/passwd')).toBe(false);
    expect(isWebLink('www.ucas.com')).toBe(false);
  });
});

describe('easy-read hints', () => {
  const content = (text: string, goal = '') => ({
    goal,
    sections: [],
    actions: [
      {
        id: 'a1',
        text,
        owner: { kind: 'client' as const, name: '' },
        dueOn: null,
        status: 'to-do' as const,
        notes: '',
        links: [],
        isSensitive: false,
        reviewComment: '',
      },
    ],
  });

  it('flags long sentences, abbreviations and the passive voice, and nothing in a plain one', () => {
    expect(easyReadHints(content('Visit the college open day.'))).toEqual([]);
    const long = easyReadHints(
      content(
        'You will go to the open day at the college and talk to the tutors about the course and the money you can get.',
      ),
    );
    expect(long.map((hint) => hint.message)).toEqual([
      'This action: a sentence of 24 words. Easy read keeps to 15 or fewer; could it be two?',
    ]);
    expect(easyReadHints(content('Send your CV to the employer.'))[0]?.message).toBe(
      'This action: “CV” is an abbreviation. Write it out in full, or say what it means.',
    );
    expect(easyReadHints(content('Bring ID, e.g. a passport.')).map((hint) => hint.message)).toHaveLength(2);
    expect(easyReadHints(content('The form will be sent to the school.'))[0]?.message).toContain(
      '“be sent” does not say who does it',
    );
    expect(easyReadHints(content('', 'Your application was given to the college.'))[0]).toMatchObject({
      actionId: null,
    });
  });
});
