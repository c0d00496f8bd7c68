// Channels for the adviser's diary: school days and sessions at each
// organisation, pupils booked into their slots, the week and today, and the
// interview started from an appointment.
import { z } from 'zod';
import { appointmentStatuses, diarySessionKinds, isRealDate } from '../diary';
import { channel, type Channel } from './channel';
import { isoDate } from './dates';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);
/** The diary counts days from a date, so it must be one the calendar has. */
const day = isoDate.refine(isRealDate, 'Enter a real date, such as 12/03/2026.');
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 09:30.');

export const diaryLimits = {
  room: 100,
  notes: 2_000,
  slotMinutes: { min: 5, max: 240 },
  pupilsPerBooking: 60,
} as const;

const actionSchema = z.object({
  id: z.string(),
  text: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  heldOn: z.string(),
});

export const diaryAppointmentSchema = z.object({
  id,
  sessionId: id,
  clientId: id,
  clientName: z.string(),
  yearGroup: z.number().int().nullable(),
  tutorGroup: z.string(),
  startsAt: z.string(),
  minutes: z.number().int(),
  room: z.string(),
  status: z.enum(appointmentStatuses),
  interviewId: z.string().nullable(),
  notes: z.string(),
});
export type DiaryAppointment = z.infer<typeof diaryAppointmentSchema>;

export const diarySessionSchema = z.object({
  id,
  organisationId: id,
  organisationName: z.string(),
  heldOn: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  kind: z.enum(diarySessionKinds),
  slotMinutes: z.number().int(),
  room: z.string(),
  notes: z.string(),
  /** How many appointments are in each state. */
  counts: z.record(z.enum(appointmentStatuses), z.number().int()),
  /** Start times still free for a slot of slotMinutes. */
  freeSlots: z.array(z.string()),
  appointments: z.array(diaryAppointmentSchema),
});
export type DiarySession = z.infer<typeof diarySessionSchema>;

const daySchema = z.object({ date: z.string(), sessions: z.array(diarySessionSchema) });
export type DiaryDay = z.infer<typeof daySchema>;

export const diarySessionInputSchema = z.strictObject({
  /** Absent when planning a new session. */
  id: id.optional(),
  organisationId: id,
  heldOn: day,
  startsAt: timeOfDay,
  endsAt: timeOfDay,
  kind: z.enum(diarySessionKinds),
  slotMinutes: z
    .number()
    .int('Give the slot length in whole minutes.')
    .min(diaryLimits.slotMinutes.min, `A slot is at least ${diaryLimits.slotMinutes.min} minutes.`)
    .max(diaryLimits.slotMinutes.max, `A slot can be at most ${diaryLimits.slotMinutes.max} minutes.`),
  room: text(diaryLimits.room, 'The room'),
  notes: text(diaryLimits.notes, 'The notes'),
});
export type DiarySessionInput = z.infer<typeof diarySessionInputSchema>;

export const diaryChannels = {
  /** The week holding weekOf, Monday to Sunday, each day's sessions with their appointments. */
  'diary.week': channel({
    input: z.strictObject({ weekOf: day }),
    output: z.object({ monday: z.string(), days: z.array(daySchema) }),
  }),
  'diary.day': channel({ input: z.strictObject({ date: day }), output: daySchema }),
  /** A day as the adviser works through it: who is next, and each booked pupil's last plan's actions. */
  'diary.today': channel({
    input: z.strictObject({ date: day }),
    output: daySchema.extend({
      nextAppointmentId: z.string().nullable(),
      actionsByClient: z.record(z.string(), z.array(actionSchema)),
    }),
  }),
  'diary.session': channel({ input: z.strictObject({ id }), output: diarySessionSchema }),
  /** An organisation's sessions from a date on, to book pupils into. */
  'diary.upcoming': channel({
    input: z.strictObject({ organisationId: id, from: day }),
    output: z.array(diarySessionSchema),
  }),
  /** Plans a session, or changes one when id is given; overlapping another session is allowed, with a warning. */
  'diary.saveSession': channel({
    input: diarySessionInputSchema,
    output: z.object({ session: diarySessionSchema, warning: z.string().nullable() }),
  }),
  /** Removes a session and its booked appointments; refused while any pupil was seen or did not attend. */
  'diary.removeSession': channel({
    input: z.strictObject({ id }),
    output: z.object({ removedAppointments: z.number().int() }),
  }),
  /** Spreads the pupils over the session's free slots, in the order given, from startsAt (or the session's start). */
  'diary.book': channel({
    input: z.strictObject({
      sessionId: id,
      clientIds: z
        .array(id)
        .min(1, 'Choose at least one pupil to book.')
        .max(diaryLimits.pupilsPerBooking, `Book at most ${diaryLimits.pupilsPerBooking} pupils at a time.`),
      startsAt: timeOfDay.optional(),
    }),
    output: z.object({
      session: diarySessionSchema,
      booked: z.array(z.object({ clientId: id, startsAt: z.string() })),
    }),
  }),
  /** Changes an appointment's status, time, room or notes. */
  'diary.setAppointment': channel({
    input: z.strictObject({
      id,
      status: z.enum(appointmentStatuses).optional(),
      startsAt: timeOfDay.optional(),
      room: text(diaryLimits.room, 'The room').optional(),
      notes: text(diaryLimits.notes, 'The notes').optional(),
    }),
    output: diaryAppointmentSchema,
  }),
  /** Starts the interview held at an appointment (or returns the one already started) and marks the pupil seen. */
  'diary.startInterview': channel({
    input: z.strictObject({ appointmentId: id, templateId: id.optional() }),
    output: z.object({ interviewId: id }),
  }),
  /** A client's appointments, newest first. */
  'diary.forClient': channel({
    input: z.strictObject({ clientId: id }),
    output: z.array(diaryAppointmentSchema.extend({ heldOn: z.string(), organisationName: z.string() })),
  }),
} satisfies Record<string, Channel>;
