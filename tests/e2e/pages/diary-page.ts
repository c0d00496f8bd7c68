// Page model: the diary (week, today, a session, booking pupils).
import type { Page } from '@playwright/test';

export function diaryScreens(page: Page) {
  const next = page.getByRole('region', { name: 'Next' });
  const booked = page.getByRole('region', { name: 'Pupils booked' });
  const placing = page.getByRole('region', { name: 'Where they go' });
  const appointment = (name: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(name) }) });
  return {
    open: page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Diary' }),
    heading: page.getByRole('heading', { level: 1 }),
    subtitle: page.locator('.screen-subtitle'),
    today: page.getByRole('navigation', { name: 'Diary views' }).getByRole('button', { name: 'Today' }),
    week: page.getByRole('navigation', { name: 'Diary views' }).getByRole('button', { name: 'Week' }),
    previousWeek: page.getByRole('button', { name: 'Previous week' }),
    nextWeek: page.getByRole('button', { name: 'Next week' }),
    thisWeek: page.getByRole('button', { name: 'This week' }),
    planSession: page.getByRole('button', { name: 'Plan a session', exact: true }).first(),
    /** A day of the week ("Tuesday 1 December"), with its sessions. */
    day: (weekday: string) => page.getByRole('region', { name: new RegExp(`^${weekday}`) }),
    session: (times: string) => page.getByRole('article', { name: new RegExp(`^${times}`) }),

    // The session form.
    date: page.getByLabel('Date', { exact: true }),
    organisation: page.getByLabel('Organisation', { exact: true }),
    startsAt: page.getByLabel('Starts at'),
    endsAt: page.getByLabel('Ends at'),
    kind: page.getByLabel('Kind', { exact: true }),
    slotMinutes: page.getByLabel('Slot length in minutes'),
    room: page.getByLabel('Room'),
    save: page.getByRole('button', { name: /^(Plan session|Save changes)$/ }),
    status: page.locator('#diary-session-status'),
    overlap: page.locator('#diary-session-warning'),
    problem: page.locator('#diary-session-problem'),
    booked,
    bookPupils: page.getByRole('button', { name: 'Book pupils' }),

    // Booking.
    sessionChoice: (label: RegExp) => page.getByRole('radio', { name: label }),
    placing,
    placed: placing.getByRole('listitem'),
    book: page.getByRole('button', { name: /^Book \d+ pupils?$/ }),
    startFrom: page.getByLabel('Start from'),
    pupilToBook: (name: RegExp) => page.getByRole('group', { name: 'Pupils to book' }).getByRole('checkbox', { name }),
    notFitting: placing.getByText(/^(Only \d+ slots? free|No slots are free)/),
    removeSession: page.getByRole('button', { name: 'Remove session…' }),
    confirmRemove: page.getByRole('button', { name: 'Yes, remove the session' }),
    actionProblem: page.locator('#diary-session-action-problem'),
    /** An organisation's overview: its sessions from today on. */
    organisationDiary: page.getByRole('region', { name: 'In the diary' }),
    clientAppointments: page.getByRole('region', { name: 'Appointments' }),
    bookAppointment: page.getByRole('button', { name: 'Book an appointment' }),
    bookProblem: page.locator('#book-problem'),

    // Today.
    next,
    todayStatus: page.locator('#today-status'),
    appointment,
    /** Opens an appointment's status, time, room and notes. */
    changeAppointment: (name: string) =>
      appointment(name)
        .locator('summary')
        .filter({ hasText: /^Change/ }),
    startInterview: (name: string) => page.getByRole('button', { name: `Start interview with ${name}` }),
    openInterview: (name: string) => page.getByRole('button', { name: `Open the interview with ${name}` }),
    didNotAttend: (name: string) => page.getByRole('button', { name: `${name} did not attend` }),
    lastActions: (name: string) => page.getByText(`Actions agreed last time`).filter({ hasText: name }),
  };
}
