// The diary room's door: sessions at each organisation, the pupils booked into
// them, the week and today, and the interview started from an appointment.
export { appointmentsForClient, getAppointment, getSession, sessionsBetween, upcomingSessions } from './read';
export { diaryDay, diaryToday, diaryWeek } from './days';
export { removeSession, saveSession } from './sessions';
export { book, setAppointment, startInterview } from './appointments';
