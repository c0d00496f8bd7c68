// The guidance models advisers are trained in, as read-only, versioned templates.
// Each stage has a one-line purpose and prompts in an adviser's own voice.
import { frameworks } from './progress/frameworks';

export type TemplateStage = { title: string; purpose: string; prompts: string[] };
export type GuidanceTemplate = { id: string; name: string; builtIn: boolean; version: number; stages: TemplateStage[] };

/** Built-ins are frozen all the way down: customising copies them, never changes them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const builtInTemplates: readonly GuidanceTemplate[] = deepFreeze<GuidanceTemplate[]>([
  {
    id: 'egan',
    name: "Egan's Skilled Helper",
    builtIn: true,
    version: 1,
    stages: [
      {
        title: 'Exploring',
        purpose: 'Help them tell their story and see where things stand now.',
        prompts: [
          'What would you like to get out of our time today?',
          'Tell me a bit about how things are going at the moment.',
          'What matters most to you about what happens next?',
          'What have you already tried or looked into?',
        ],
      },
      {
        title: 'Understanding',
        purpose: 'Open up new perspectives and clarify what they really want.',
        prompts: [
          'If things went really well, what would be different a year from now?',
          'What do you notice when you put those two ideas side by side?',
          'What might be getting in the way?',
          'Who else sees this differently, and what would they say?',
        ],
      },
      {
        title: 'Action',
        purpose: 'Agree realistic ways forward and the first steps.',
        prompts: [
          'What are all the ways you could get there?',
          'Which of these feels most like you?',
          'What is one thing you could do this week?',
          'Who could help you with that?',
        ],
      },
    ],
  },
  {
    id: 'grow',
    name: 'GROW',
    builtIn: true,
    version: 1,
    stages: [
      {
        title: 'Goal',
        purpose: 'Agree what they want from this conversation and beyond it.',
        prompts: [
          'What would make today useful for you?',
          'What are you hoping to be doing after Year 11 (or next year)?',
          'How will you know you have got there?',
        ],
      },
      {
        title: 'Reality',
        purpose: 'Look honestly at where they are now.',
        prompts: [
          'Where are you now with this, on a scale of 1 to 10?',
          'What have you done so far?',
          'What is helping, and what is making it harder?',
          'What do your grades, interests and circumstances tell us?',
        ],
      },
      {
        title: 'Options',
        purpose: 'Widen the choices before narrowing them.',
        prompts: [
          'What could you do? Let us list everything first.',
          'What would you do if you knew you could not fail?',
          'What else? Anything else?',
          'Which options appeal most, and why?',
        ],
      },
      {
        title: 'Way forward',
        purpose: 'Commit to next steps, with who does what by when.',
        prompts: [
          'What will you do, and by when?',
          'What might stop you, and how will you handle that?',
          'How confident are you, from 1 to 10, that you will do it?',
          'What support do you need from me or from school?',
        ],
      },
    ],
  },
  {
    id: 'oskar',
    name: 'OSKAR',
    builtIn: true,
    version: 1,
    stages: [
      {
        title: 'Outcome',
        purpose: 'Describe the future they want, in their words.',
        prompts: [
          'What do you want to be different?',
          'Imagine it is already going well: what are you doing?',
          'What would you notice first?',
        ],
      },
      {
        title: 'Scaling',
        purpose: 'Place where they are now and what one step up looks like.',
        prompts: [
          'On a scale of 1 to 10, where 10 is your outcome, where are you now?',
          'What puts you at that number and not lower?',
          'What would one point higher look like?',
        ],
      },
      {
        title: 'Know-how',
        purpose: 'Find the skills and resources they already have.',
        prompts: [
          'When has something like this gone well before?',
          'What did you do that helped?',
          'Who or what could you draw on?',
        ],
      },
      {
        title: 'Affirm and action',
        purpose: 'Recognise their strengths and agree a small next step.',
        prompts: [
          'What I have noticed you do well is…',
          'What is the smallest step that would move you up one point?',
          'When will you take it?',
        ],
      },
      {
        title: 'Review',
        purpose: 'Look back at what has changed since last time.',
        prompts: [
          'What is better, even a little?',
          'What did you do that made a difference?',
          'Where are you on the scale now?',
        ],
      },
    ],
  },
  {
    id: 'clear',
    name: 'CLEAR',
    builtIn: true,
    version: 1,
    stages: [
      {
        title: 'Contracting',
        purpose: 'Agree the purpose, time and confidentiality of the session.',
        prompts: [
          'We have about 45 minutes: what would you like to cover?',
          'What stays between us, and when would I need to share something?',
          'How will we know this has been useful?',
        ],
      },
      {
        title: 'Listening',
        purpose: 'Understand their situation without rushing to solutions.',
        prompts: ['Tell me more about that.', 'What is that like for you?', 'What I am hearing is… is that right?'],
      },
      {
        title: 'Exploring',
        purpose: 'Help them see the situation and possibilities afresh.',
        prompts: [
          'What options can you see?',
          'What would happen if you did nothing?',
          'What would someone you admire do?',
        ],
      },
      {
        title: 'Action',
        purpose: 'Choose the way forward and the first steps.',
        prompts: ['What will you do first?', 'When exactly?', 'What could get in the way?'],
      },
      {
        title: 'Review',
        purpose: 'Reflect on the session and agree follow-up.',
        prompts: ['What has been most useful today?', 'What are you taking away?', 'When shall we look at this again?'],
      },
    ],
  },
  {
    id: 'three-stage',
    name: 'Three-stage model',
    builtIn: true,
    version: 1,
    stages: [
      {
        title: 'Establishing the relationship',
        purpose: 'Build rapport, contract, and hear the client’s story.',
        prompts: [
          'What brings you here today?',
          'Here is how today will work and what I keep confidential.',
          'Tell me your story so far: school, work, what you enjoy.',
        ],
      },
      {
        title: 'Exploring and understanding',
        purpose: 'Explore self, options and information, with challenge where it helps.',
        prompts: [
          'What do you know about yourself that matters for your choices?',
          'What options have you heard about, and what do you know about them?',
          'What information would help you decide?',
          'I wonder whether… how does that sit with you?',
        ],
      },
      {
        title: 'Action',
        purpose: 'Decide, plan next steps and check confidence.',
        prompts: [
          'Which way are you leaning now?',
          'What are the next steps, and who does what?',
          'How confident do you feel, from 1 to 10?',
        ],
      },
    ],
  },
]);

export const interviewModes = ['in-person', 'video', 'phone'] as const;
export type InterviewMode = (typeof interviewModes)[number];
export const interviewModeLabels: Record<InterviewMode, string> = {
  'in-person': 'In person',
  video: 'Video',
  phone: 'Phone',
};

export const techniques = [
  'SWOT',
  'Force-field analysis',
  'Backward planning',
  'Visualisation',
  'Brainstorm then prioritise',
  'Card sort',
  'Lifeline',
  'Mind map',
  'Scaling',
] as const;

/** The Blueprint framework's eleven career learning competencies, in three areas (kept in shared/progress/frameworks.ts). */
export const competencies: readonly { number: number; area: string; title: string }[] =
  frameworks.blueprint.competencies.map(({ number, area, label }) => ({ number, area, title: label }));

export const defaultInterviewMinutes = 45;
