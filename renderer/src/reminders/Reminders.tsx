// Renewals coming up for the adviser's own checks (DBS, insurance, CDI
// registration), requests due and invoices overdue, stated calmly with where
// to deal with them.
import { useQuery } from '../api/use-query';
import { PageLink } from '../components/PageLink';
import { formatDate } from '../format/dates';

export function Reminders() {
  const { value: reminders } = useQuery('reminders.due', {});
  // A reminder that cannot be read is not worth a problem banner on the home page; Settings shows the checks.
  if (!reminders || reminders.length === 0) return null;
  return (
    <section className="reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <ul>
        {reminders.map((reminder) => (
          <li key={reminder.kind}>
            {reminder.title}
            {reminder.isOverdue ? ': it was due on ' : ' on '}
            {formatDate(reminder.dueOn)}.
          </li>
        ))}
      </ul>
      <p className="actions">
        {reminders.some((reminder) => !reminder.kind.startsWith('invoice:')) ? (
          <PageLink to={{ name: 'settings' }}>Update your checks in Settings</PageLink>
        ) : null}
        {reminders.some((reminder) => reminder.kind.startsWith('invoice:')) ? (
          <PageLink to={{ name: 'invoices' }}>See overdue invoices</PageLink>
        ) : null}
      </p>
    </section>
  );
}
