// The adviser-checks room's door: the checks schools ask of the adviser, and the reminders when one is due.
export { checkReminders, listAdviserChecks, saveAdviserCheck, type AdviserCheck, type Reminder } from './checks';
