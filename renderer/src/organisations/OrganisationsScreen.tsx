// The schools, colleges and practices the adviser works for. Archived ones
// (whose agreement has ended) are hidden unless asked for; nothing is deleted.
import { useState } from 'react';
import { agreementStatus } from '../../../shared/agreement-status';
import { organisationKindLabels } from '../../../shared/caseload';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { CheckboxField } from '../components/CheckboxField';
import { DataTable } from '../components/DataTable';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { PageLink } from '../components/PageLink';
import { ScreenHeading } from '../components/ScreenHeading';
import { todayInLondon } from '../format/dates';
import { formatNumber } from '../format/numbers';

export function OrganisationsScreen() {
  const [isShowingArchived, setIsShowingArchived] = useState(false);
  const organisations = useQuery('organisations.list', { includeArchived: isShowingArchived });
  const { navigate } = useNavigation();
  const list = organisations.value;

  return (
    <>
      <div className="screen-top">
        <ScreenHeading>Organisations</ScreenHeading>
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate({ name: 'organisation-edit', organisationId: null })}
        >
          Add an organisation
        </button>
      </div>
      <CheckboxField
        id="organisations-archived"
        label="Show archived organisations"
        hint="Organisations whose agreement has ended. Their clients and records are kept."
        isChecked={isShowingArchived}
        onChange={setIsShowingArchived}
      />
      {organisations.problem ? (
        <LoadProblem what="The organisations" message={organisations.problem} onRetry={organisations.reload} />
      ) : null}
      {!list && !organisations.problem ? <Loading what="organisations" /> : null}
      {list && list.length === 0 ? (
        <section className="empty-state" aria-labelledby="organisations-empty-heading">
          <h2 id="organisations-empty-heading">No organisations yet</h2>
          <p>Add the schools and colleges you work with, or import a roll: Waymark adds the school for you.</p>
        </section>
      ) : null}
      {list && list.length > 0 ? (
        <DataTable
          caption="Organisations"
          isCaptionHidden
          columns={['Name', 'Kind', { label: 'Clients', isNumeric: true }, 'Status']}
        >
          {list.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">
                <PageLink to={{ name: 'organisation', organisationId: organisation.id }}>{organisation.name}</PageLink>
              </th>
              <td>{organisationKindLabels[organisation.kind]}</td>
              <td className="numeric">{formatNumber(organisation.clientCount)}</td>
              <td>
                {
                  agreementStatus({
                    isArchived: organisation.isArchived,
                    agreement: organisation.agreement,
                    on: todayInLondon(),
                  }).label
                }
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
