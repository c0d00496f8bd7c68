// "Changed on both computers": everywhere a value set differently on the
// adviser's two computers waits for a choice. A client's wait on the client's
// page (with the rest of their record beside them), so this lists who; the
// practice's own records (a school's phone, a diary day, a setting) belong to
// no client, so they are offered here.
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { PageLink } from '../components/PageLink';
import { ScreenHeading } from '../components/ScreenHeading';
import { ChangedOnBothComputers } from './ChangedOnBothComputers';
import './sync.css';

const values = (count: number) => (count === 1 ? 'one value' : `${count} values`);

export function SyncChoicesScreen() {
  const waiting = useQuery('sync.waiting', {});
  const { reload } = waiting;
  const clients = waiting.value?.clients ?? [];
  const isNoneLeft = waiting.value !== undefined && clients.length === 0 && waiting.value.practice === 0;

  return (
    <>
      <BackLink />
      <ScreenHeading>Changed on both computers</ScreenHeading>
      <p className="screen-subtitle">
        Values your two computers changed differently before they synced. Both are kept until you choose; nothing is
        thrown away until you do.
      </p>
      {waiting.value ? null : <LoadingOrProblem query={waiting} what="the values waiting for a choice" />}
      {isNoneLeft ? <p>Nothing waits for a choice: both computers agree.</p> : null}
      {clients.length > 0 ? (
        <section className="panel" aria-labelledby="sync-choices-clients">
          <h2 id="sync-choices-clients">Clients</h2>
          <p>Each client’s are on their page, beside the rest of their record.</p>
          <ul className="sync-choice-clients">
            {clients.map((client) => (
              <li key={client.clientId}>
                <PageLink to={{ name: 'client', clientId: client.clientId }}>{client.name}</PageLink>:{' '}
                {values(client.count)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Kept mounted once loaded, so what was kept is still said after the last choice. */}
      {waiting.value ? (
        <ChangedOnBothComputers
          of={{ practice: true }}
          heading="Schools, diary, invoices and settings"
          onChosen={reload}
        />
      ) : null}
    </>
  );
}
