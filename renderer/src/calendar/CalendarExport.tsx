// "Export to calendar…": the diary as an .ics file for Outlook, Google or
// Apple Calendar. No pupil is named unless the adviser chooses initials;
// importing a later export updates the same events.
import { useState, type FormEvent } from 'react';
import { defaultCalendarRange, type CalendarNameChoice } from '../../../shared/calendar';
import { calendarChannels } from '../../../shared/contract/calendar';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
import { CheckboxField } from '../components/CheckboxField';
import { DateField } from '../components/DateField';
import { DisclosureButton } from '../components/DisclosureButton';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { formatDate, todayInLondon } from '../format/dates';
import { downloadText } from '../files/download';

const nameChoices: { value: CalendarNameChoice; label: string }[] = [
  { value: 'none', label: 'No names: "Appointment" (recommended)' },
  { value: 'initials', label: 'Initials: "Appointment: S. O."' },
];
const noNames: CalendarNameChoice = 'none';

export function CalendarExport() {
  const [isOpen, setIsOpen] = useState(false);
  const { draft, change, field, checkbox, formRef, status, submit } = useDraftForm('calendar', () => ({
    ...defaultCalendarRange(todayInLondon()),
    includeAppointments: false,
    names: noNames,
  }));

  const exportFile = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(calendarChannels['calendar.export'].input, draft),
      send: (input) => call('calendar.export', input),
      onSent: ({ fileName, ics, sessions, appointments }) => {
        downloadText(fileName, ics, 'text/calendar');
        return `Downloaded ${fileName}: ${sessions} session${sessions === 1 ? '' : 's'}${draft.includeAppointments ? ` and ${appointments} appointment${appointments === 1 ? '' : 's'}` : ''} from ${formatDate(draft.from)} to ${formatDate(draft.to)}. Import it into your calendar; importing a later export updates the same events.`;
      },
    });

  return (
    <div className="calendar-export">
      <DisclosureButton isOpen={isOpen} controls="calendar-export-form" onToggle={setIsOpen}>
        Export to calendar…
      </DisclosureButton>
      {isOpen ? (
        <section id="calendar-export-form" className="panel" aria-labelledby="calendar-export-heading">
          <h2 id="calendar-export-heading">Export to calendar</h2>
          <p>
            A calendar file (.ics) of your sessions for Outlook, Google Calendar or Apple Calendar. It leaves Waymark,
            so it carries the school, the room and the time, never a pupil&rsquo;s name or your notes.
          </p>
          <form ref={formRef} onSubmit={exportFile} noValidate>
            <DateField {...field('from')} label="From" />
            <DateField {...field('to')} label="To" />
            <CheckboxField {...checkbox('includeAppointments')} label="Include each appointment" />
            {draft.includeAppointments ? (
              <SelectField
                {...field('names')}
                label="Appointments show"
                onChange={(value) => change({ names: value === 'initials' ? 'initials' : 'none' })}
                options={nameChoices}
              />
            ) : null}
            <FormActions idPrefix="calendar-export" status={status} busyLabel="Exporting…">
              Download the calendar file
            </FormActions>
          </form>
        </section>
      ) : null}
    </div>
  );
}
