// Adding an organisation, or editing one's details, contacts and agreement.
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { OrganisationEditor } from './OrganisationEditor';

type Props = { organisationId: string | null };

export function OrganisationFormScreen({ organisationId }: Props) {
  const organisation = useQuery(
    'organisations.get',
    { id: organisationId ?? '' },
    { isEnabled: organisationId !== null },
  );
  if (organisationId === null) {
    return (
      <>
        <BackLink fallbackLabel="Back to organisations" />
        <ScreenHeading>Add an organisation</ScreenHeading>
        <OrganisationEditor organisation={null} />
      </>
    );
  }
  return (
    <>
      <BackLink fallbackLabel="Back to organisations" />
      <ScreenHeading>{organisation.value ? `Edit ${organisation.value.name}` : 'Edit organisation'}</ScreenHeading>
      {organisation.value ? (
        <OrganisationEditor organisation={organisation.value} />
      ) : (
        <LoadingOrProblem query={organisation} what="the organisation" problemWhat="This organisation" />
      )}
    </>
  );
}
