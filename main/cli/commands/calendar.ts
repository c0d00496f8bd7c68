// `waymark diary`: the diary as an .ics file for Outlook, Google or Apple
// Calendar. No pupil is named unless --initials is given.
import { defaultCalendarRange } from '../../../shared/calendar';
import { todayInLondon } from '../../../shared/dates';
import { AppError } from '../../errors';
import { writeOutputFile } from '../output-file';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export type CalendarOptions = CommandOptions & {
  out: string;
  from?: string;
  to?: string;
  appointments?: boolean;
  initials?: boolean;
};

export async function calendarCommand(options: CalendarOptions): Promise<CommandResult> {
  if (!options.out.toLowerCase().endsWith('.ics')) throw new AppError('VALIDATION', 'The --out file must end in .ics.');
  const range = defaultCalendarRange(todayInLondon());
  const from = options.from ?? range.from;
  const to = options.to ?? range.to;
  const exported = await withSession(options.vault, async ({ call }) => {
    const file = await call('calendar.export', {
      from,
      to,
      includeAppointments: Boolean(options.appointments || options.initials),
      names: options.initials ? 'initials' : 'none',
    });
    writeOutputFile(options.out, file.ics);
    return file;
  });
  return {
    json: {
      ok: true,
      out: options.out,
      from,
      to,
      sessions: exported.sessions,
      appointments: exported.appointments,
      names: options.initials ? 'initials' : 'none',
    },
    human: `Wrote ${exported.sessions} session${exported.sessions === 1 ? '' : 's'}${exported.appointments > 0 ? ` and ${exported.appointments} appointment${exported.appointments === 1 ? '' : 's'}` : ''} from ${from} to ${to} to ${options.out}. Import it into your calendar; importing a later export updates the same events.`,
  };
}
