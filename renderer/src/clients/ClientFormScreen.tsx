// Adding a client, or editing one: loads what the form needs, then hands over to the editor.
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { ClientEditor } from './ClientEditor';
import { displayName } from './client-names';

type Props = { clientId: string | null; organisationId: string | null };

export function ClientFormScreen({ clientId, organisationId }: Props) {
  const organisations = useQuery('organisations.list', {});
  const client = useQuery('clients.get', { id: clientId ?? '' }, { isEnabled: clientId !== null });
  const isEditing = clientId !== null;
  const heading = isEditing ? (client.value ? `Edit ${displayName(client.value)}` : 'Edit client') : 'Add a client';

  const loadProblem = organisations.problem || (isEditing ? client.problem : '');
  const isReady = organisations.value !== undefined && (!isEditing || client.value !== undefined);

  return (
    <>
      <BackLink />
      <ScreenHeading>{heading}</ScreenHeading>
      {loadProblem ? (
        <LoadProblem
          what="The form"
          message={loadProblem}
          onRetry={() => {
            organisations.reload();
            client.reload();
          }}
        />
      ) : null}
      {!isReady && !loadProblem ? <Loading what="the form" /> : null}
      {isReady ? (
        <ClientEditor
          client={isEditing ? (client.value ?? null) : null}
          organisations={organisations.value ?? []}
          organisationId={organisationId}
        />
      ) : null}
    </>
  );
}
