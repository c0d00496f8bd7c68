// Adding a client, or editing one: loads what the form needs, then hands over to the editor.
import { useQuery } from '../api/use-query';
import { loadTogether } from '../app/load-together';
import { BackLink } from '../components/BackLink';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { ClientEditor } from './ClientEditor';
import { displayName } from './client-names';

type Props = { clientId: string | null; organisationId: string | null };

export function ClientFormScreen({ clientId, organisationId }: Props) {
  const organisations = useQuery('organisations.list', {});
  const client = useQuery('clients.get', { id: clientId ?? '' }, { isEnabled: clientId !== null });
  const isEditing = clientId !== null;
  const heading = isEditing ? (client.value ? `Edit ${displayName(client.value)}` : 'Edit client') : 'Add a client';

  const isReady = organisations.value !== undefined && (!isEditing || client.value !== undefined);

  return (
    <>
      <BackLink />
      <ScreenHeading>{heading}</ScreenHeading>
      {isReady ? (
        <ClientEditor
          client={isEditing ? (client.value ?? null) : null}
          organisations={organisations.value ?? []}
          organisationId={organisationId}
        />
      ) : (
        <LoadingOrProblem query={loadTogether(organisations, client)} what="the form" />
      )}
    </>
  );
}
