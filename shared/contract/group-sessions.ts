// Channels for group work, drop-ins, parents' evenings and assemblies: a
// session with several pupils from one organisation. Attending counts as
// contact (core provision) for each pupil, never as a guidance interview.
import { z } from 'zod';
import { isoDate } from './dates';
import { yearGroupRange } from '../caseload';
import { channel, type Channel } from './channel';
import { fieldLimits } from './limits';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const groupSessionKinds = ['group-work', 'drop-in', 'parents-evening', 'assembly', 'other'] as const;
export type GroupSessionKind = (typeof groupSessionKinds)[number];
export const groupSessionKindLabels: Record<GroupSessionKind, string> = {
  'group-work': 'Group session',
  'drop-in': 'Drop-in',
  'parents-evening': "Parents' evening",
  assembly: 'Assembly',
  other: 'Other group contact',
};

/** A whole year group at an assembly is a few hundred; more than this is not one session. */
export const groupSessionMaxAttendees = 400;
export const groupSessionLimits = { title: 200, notes: 5_000, minutes: 600 } as const;

export const groupSessionInputSchema = z.strictObject({
  /** Absent when recording a new session. */
  id: id.optional(),
  organisationId: id,
  heldOn: isoDate,
  kind: z.enum(groupSessionKinds),
  title: text(groupSessionLimits.title, 'The title'),
  minutes: z
    .number()
    .int('Give the length in whole minutes.')
    .min(1, 'Give the length in minutes, or leave it blank.')
    .max(groupSessionLimits.minutes, `A session can be at most ${groupSessionLimits.minutes} minutes.`)
    .nullable(),
  notes: text(groupSessionLimits.notes, 'The notes'),
  attendeeIds: z
    .array(id)
    .min(1, 'Choose at least one pupil who attended.')
    .max(groupSessionMaxAttendees, `A session can have at most ${groupSessionMaxAttendees} pupils.`),
});
export type GroupSessionInput = z.infer<typeof groupSessionInputSchema>;

const attendeeSchema = z.object({
  clientId: id,
  name: z.string(),
  yearGroup: z.number().int().nullable(),
  tutorGroup: z.string(),
});
export type GroupSessionPupil = z.infer<typeof attendeeSchema>;

export const groupSessionSummarySchema = z.object({
  id,
  organisationId: id,
  heldOn: z.string(),
  kind: z.enum(groupSessionKinds),
  title: z.string(),
  minutes: z.number().int().nullable(),
  attendeeCount: z.number().int(),
});
export type GroupSessionSummary = z.infer<typeof groupSessionSummarySchema>;

export const groupSessionSchema = groupSessionSummarySchema.extend({
  notes: z.string(),
  attendees: z.array(attendeeSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GroupSession = z.infer<typeof groupSessionSchema>;

export const groupSessionsChannels = {
  /** An organisation's sessions, newest first. */
  'groupSessions.list': channel({
    input: z.strictObject({ organisationId: id }),
    output: z.array(groupSessionSummarySchema),
  }),
  'groupSessions.get': channel({ input: z.strictObject({ id }), output: groupSessionSchema }),
  /** Records a session with who attended, or changes one when id is given; attendees must be on the organisation's roll. */
  'groupSessions.save': channel({ input: groupSessionInputSchema, output: groupSessionSchema }),
  'groupSessions.remove': channel({ input: z.strictObject({ id }), output: z.object({}) }),
  /** Pupils to choose from: the organisation's caseload, narrowed by year group, tutor group and name. */
  'groupSessions.pupils': channel({
    input: z.strictObject({
      organisationId: id,
      yearGroup: z.number().int().min(yearGroupRange.min).max(yearGroupRange.max).nullable().optional(),
      tutorGroup: text(fieldLimits.shortText, 'The tutor group').optional(),
      text: text(100, 'The search').optional(),
    }),
    output: z.object({
      pupils: z.array(attendeeSchema),
      total: z.number().int(),
      yearGroups: z.array(z.number().int().nullable()),
      tutorGroups: z.array(z.string()),
    }),
  }),
} satisfies Record<string, Channel>;
