// Channels for the calendar (.ics) file of the diary, for Outlook, Google and
// Apple Calendar. By default it names no pupil; the adviser may choose initials.
import { z } from 'zod';
import { calendarNameChoices } from '../calendar';
import { channel, type Channel } from './channel';
import { isoDate } from './dates';

export const calendarChannels = {
  /** Sessions (and, if asked, their appointments) from `from` to `to`; a re-export updates the same events. */
  'calendar.export': channel({
    input: z.strictObject({
      from: isoDate,
      to: isoDate,
      includeAppointments: z.boolean(),
      /** How an appointment names its pupil: not at all, or by initials. */
      names: z.enum(calendarNameChoices),
    }),
    output: z.object({
      fileName: z.string(),
      ics: z.string(),
      sessions: z.number().int(),
      appointments: z.number().int(),
    }),
  }),
} satisfies Record<string, Channel>;
