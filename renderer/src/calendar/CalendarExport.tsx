// "Export to calendar…": the diary as an .ics file for Outlook, Google or
// Apple Calendar. No pupil is named unless the adviser chooses initials;
// importing a later export updates the same events.
import { useState, type FormEvent } from 'react';
import { defaultCalendarRange, type CalendarNameChoice } from '../../../shared/calendar';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { CheckboxField } from '../components/CheckboxField';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { formatDate, todayInLondon } from '../format/dates';
import { downloadText } from '../files/download';

const nameChoices: { value: CalendarNameChoice; label: string }[] = [
  { value: 'none', label: 'No names: "Appointment" (recommended)' },
  { value: 'initials', label: 'Initials: "Appointment: S. O."' },
];

export function CalendarExport() {
  const [isOpen, setIsOpen] = useState(false);
  const [range, setRange] = useState(() => defaultCalendarRange(todayInLondon()));
  const [includeAppointments, setIncludeAppointments] = useState(false);
  const [names, setNames] = useState<CalendarNameChoice>('none');
  const { status, submit } = useForm();

  const exportFile = (event: FormEvent) =>
    submit(event, {
      check: () => ({ value: { ...range, includeAppointments, names } }),
      send: (input) => call('calendar.export', input),
      onSent: ({ fileName, ics, sessions, appointments }) => {
        downloadText(fileName, ics, 'text/calendar');
        return `Downloaded ${fileName}: ${sessions} session${sessions === 1 ? '' : 's'}${includeAppointments ? ` and ${appointments} appointment${appointments === 1 ? '' : 's'}` : ''} from ${formatDate(range.from)} to ${formatDate(range.to)}. Import it into your calendar; importing a later export updates the same events.`;
      },
    });

  return (
    <div className="calendar-export">
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={isOpen}
        aria-controls="calendar-export-form"
        onClick={() => setIsOpen((open) => !open)}
      >
        Export to calendar…
      </button>
      {isOpen ? (
        <section id="calendar-export-form" className="panel" aria-labelledby="calendar-export-heading">
          <h2 id="calendar-export-heading">Export to calendar</h2>
          <p>
            A calendar file (.ics) of your sessions for Outlook, Google Calendar or Apple Calendar. It leaves Waymark,
            so it carries the school, the room and the time, never a pupil&rsquo;s name or your notes.
          </p>
          <form onSubmit={exportFile} noValidate>
            <DateField
              id="calendar-from"
              label="From"
              value={range.from}
              onChange={(from) => setRange((current) => ({ ...current, from }))}
            />
            <DateField
              id="calendar-to"
              label="To"
              value={range.to}
              onChange={(to) => setRange((current) => ({ ...current, to }))}
            />
            <CheckboxField
              id="calendar-appointments"
              label="Include each appointment"
              isChecked={includeAppointments}
              onChange={setIncludeAppointments}
            />
            {includeAppointments ? (
              <SelectField
                id="calendar-names"
                label="Appointments show"
                value={names}
                onChange={(value) => setNames(value === 'initials' ? 'initials' : 'none')}
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
