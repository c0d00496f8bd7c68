// The reminders room's door: what is due, for the caseload page.
export { dueReminders } from './reminders';
