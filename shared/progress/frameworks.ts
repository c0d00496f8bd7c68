// The career learning frameworks a client rates themselves against, as
// versioned data: a new edition is a data change here. Ratings and interview
// tags name their framework, so changing the framework in Settings never
// rereads old ones. Keys are stable; labels may be reworded between editions.

export const frameworkIds = ['blueprint', 'cdi'] as const;
export type FrameworkId = (typeof frameworkIds)[number];
export const defaultFrameworkId: FrameworkId = 'blueprint';

export type Competency = {
  /** Stable within the framework: what a rating stores. */
  key: string;
  /** 1-based place in the framework's list: what an interview's tags store. */
  number: number;
  area: string;
  label: string;
  /** For the chart's row labels, where the full label is too long. */
  shortLabel: string;
};

export type RatingScale = { id: 'levels-1-4'; min: 1; max: 4; levels: readonly { value: number; label: string }[] };

export type CompetencyFramework = {
  id: FrameworkId;
  name: string;
  /** The edition the list follows; bump it (and keep the keys) when a framework is revised. */
  version: number;
  edition: string;
  /** What one entry is called: the Blueprint has competencies, the CDI framework areas. */
  noun: { one: string; many: string };
  competencies: readonly Competency[];
  scale: RatingScale;
};

/**
 * The self-rating words are Waymark's own plain words for a young person's
 * four levels, not the frameworks' published descriptors (the CDI framework
 * stages its outcomes by age rather than by level).
 */
const fourLevels: RatingScale = {
  id: 'levels-1-4',
  min: 1,
  max: 4,
  levels: [
    { value: 1, label: 'Just starting' },
    { value: 2, label: 'Getting there' },
    { value: 3, label: 'Mostly there' },
    { value: 4, label: 'Confident' },
  ],
};

const blueprintList: readonly Omit<Competency, 'number'>[] = [
  {
    key: 'positive-self-image',
    area: 'Personal management',
    label: 'Build and maintain a positive self-image',
    shortLabel: 'Positive self-image',
  },
  {
    key: 'interacting-with-others',
    area: 'Personal management',
    label: 'Interact positively and effectively with others',
    shortLabel: 'Interacting with others',
  },
  {
    key: 'change-and-growth',
    area: 'Personal management',
    label: 'Change and grow throughout life',
    shortLabel: 'Change and growth',
  },
  {
    key: 'lifelong-learning',
    area: 'Learning and work exploration',
    label: 'Participate in lifelong learning supportive of life/work goals',
    shortLabel: 'Lifelong learning',
  },
  {
    key: 'life-work-information',
    area: 'Learning and work exploration',
    label: 'Locate and effectively use life/work information',
    shortLabel: 'Using life/work information',
  },
  {
    key: 'work-and-society',
    area: 'Learning and work exploration',
    label: 'Understand the relationship between work and society/economy',
    shortLabel: 'Work and society',
  },
  {
    key: 'securing-work',
    area: 'Life/work building',
    label: 'Secure, create and maintain work',
    shortLabel: 'Securing work',
  },
  {
    key: 'life-work-decisions',
    area: 'Life/work building',
    label: 'Make life/work-enhancing decisions',
    shortLabel: 'Life/work decisions',
  },
  {
    key: 'balancing-roles',
    area: 'Life/work building',
    label: 'Maintain balanced life and work roles',
    shortLabel: 'Balancing life and work',
  },
  {
    key: 'changing-roles',
    area: 'Life/work building',
    label: 'Understand the changing nature of life/work roles',
    shortLabel: 'Changing life/work roles',
  },
  {
    key: 'managing-life-work-building',
    area: 'Life/work building',
    label: 'Understand, engage in and manage one’s own life/work building process',
    shortLabel: 'Managing my own path',
  },
];

const cdiList: readonly Omit<Competency, 'number'>[] = [
  {
    key: 'grow-throughout-life',
    area: 'Career development skills',
    label: 'Grow throughout life',
    shortLabel: 'Grow throughout life',
  },
  {
    key: 'explore-possibilities',
    area: 'Career development skills',
    label: 'Explore possibilities',
    shortLabel: 'Explore possibilities',
  },
  { key: 'manage-career', area: 'Career development skills', label: 'Manage career', shortLabel: 'Manage career' },
  {
    key: 'create-opportunities',
    area: 'Career development skills',
    label: 'Create opportunities',
    shortLabel: 'Create opportunities',
  },
  {
    key: 'balance-life-and-work',
    area: 'Career development skills',
    label: 'Balance life and work',
    shortLabel: 'Balance life and work',
  },
  {
    key: 'see-the-big-picture',
    area: 'Career development skills',
    label: 'See the big picture',
    shortLabel: 'See the big picture',
  },
];

const numbered = (list: readonly Omit<Competency, 'number'>[]): Competency[] =>
  list.map((competency, index) => ({ ...competency, number: index + 1 }));

/** Frozen all the way down: the data is read, never changed at run time. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const frameworks: Readonly<Record<FrameworkId, CompetencyFramework>> = deepFreeze({
  blueprint: {
    id: 'blueprint',
    name: 'Blueprint career learning competencies',
    version: 1,
    edition: 'Blueprint for careers (2010)',
    noun: { one: 'competency', many: 'competencies' },
    competencies: numbered(blueprintList),
    scale: fourLevels,
  },
  cdi: {
    id: 'cdi',
    name: 'CDI Career Development Framework',
    version: 1,
    edition: 'CDI Career Development Framework (April 2021)',
    noun: { one: 'area', many: 'areas' },
    competencies: numbered(cdiList),
    scale: fourLevels,
  },
});

export const frameworkLabels: Record<FrameworkId, string> = {
  blueprint: 'The Blueprint (eleven competencies)',
  cdi: 'The CDI Career Development Framework (six areas)',
};

export function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && (frameworkIds as readonly string[]).includes(value);
}

export function findCompetency(framework: FrameworkId, key: string): Competency | undefined {
  return frameworks[framework].competencies.find((competency) => competency.key === key);
}

/** An interview's tag (a 1-based number) in the framework it was recorded under. */
export function competencyByNumber(framework: FrameworkId, number: number): Competency | undefined {
  return frameworks[framework].competencies[number - 1];
}

export function levelLabel(framework: FrameworkId, rating: number): string | undefined {
  return frameworks[framework].scale.levels.find((level) => level.value === rating)?.label;
}
