// One school's destinations: who has an intended destination, who has an
// offer, who is NEET or not known, and who has not been asked yet, by year
// group and priority group; and the local authority's return.
import { useState } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import {
  destinationStates,
  offerStatusLabels,
  priorityGroupLabels,
  priorityGroups,
  type DestinationState,
  type PriorityGroup,
} from '../../../shared/contract/destinations';
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { PageLink } from '../components/PageLink';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { formatNumber } from '../format/numbers';
import { LaReturn } from './LaReturn';
import './destinations.css';

type Props = { organisationId: string };

export const destinationStateLabels: Record<DestinationState, string> = {
  'not-asked': 'Not asked yet',
  intended: 'Intended destination',
  offer: 'Offer made',
  'in-activity': 'In education, employment or training',
  neet: 'NEET',
  'not-known': 'Not known',
};

/** A whole school at once is a long page; past this the adviser narrows by year group. */
const shownLimit = 400;

export function SchoolDestinationsScreen({ organisationId }: Props) {
  const organisation = useQuery('organisations.get', { id: organisationId });
  const [yearGroup, setYearGroup] = useState('11');
  const [priorityGroup, setPriorityGroup] = useState('');
  const destinations = useQuery('destinations.forOrganisation', {
    organisationId,
    yearGroup: yearGroup === '' ? null : Number(yearGroup),
    priorityGroup: priorityGroup === '' ? null : (priorityGroup as PriorityGroup),
    includeLeavers: true,
  });
  const pupils = destinations.value?.pupils ?? [];

  return (
    <>
      <BackLink />
      <ScreenHeading>Destinations{organisation.value ? `: ${organisation.value.name}` : ''}</ScreenHeading>
      <div className="field-row destinations-filters">
        <SelectField
          id="destinations-year-group"
          label="Year group"
          value={yearGroup}
          options={[
            { value: '', label: 'All year groups' },
            ...[9, 10, 11, 12, 13, 14].map((year) => ({ value: String(year), label: describeYearGroup(year) })),
          ]}
          onChange={setYearGroup}
        />
        <SelectField
          id="destinations-priority-group"
          label="Priority group"
          value={priorityGroup}
          options={[
            { value: '', label: 'Everyone' },
            ...priorityGroups.map((group) => ({ value: group, label: priorityGroupLabels[group] })),
          ]}
          onChange={setPriorityGroup}
        />
      </div>
      {!destinations.value ? (
        <LoadingOrProblem query={destinations} what="destinations" problemWhat="The destinations" />
      ) : (
        <>
          <section className="panel" aria-labelledby="destinations-counts-heading">
            <h2 id="destinations-counts-heading">Where they stand</h2>
            <dl className="destination-counts">
              {destinationStates.map((state) => (
                <div key={state}>
                  <dt>{destinationStateLabels[state]}</dt>
                  <dd>{formatNumber(destinations.value?.counts[state] ?? 0)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="panel" aria-labelledby="destinations-pupils-heading">
            <h2 id="destinations-pupils-heading">Pupils</h2>
            {pupils.length === 0 ? (
              <p className="not-recorded">No pupils in this group.</p>
            ) : (
              <>
                {pupils.length > shownLimit ? (
                  <p>
                    The first {formatNumber(shownLimit)} of {formatNumber(pupils.length)}; choose a year group to see
                    the rest.
                  </p>
                ) : null}
                <DataTable
                  className="data-table"
                  caption="Pupils and where they stand"
                  isCaptionHidden
                  columns={['Name', 'Year', 'Stands', 'Intended destination', 'Offer', 'Activity']}
                >
                  {pupils.slice(0, shownLimit).map((pupil) => (
                    <tr key={pupil.clientId}>
                      <th scope="row">
                        <PageLink to={{ name: 'client', clientId: pupil.clientId }}>{pupil.name}</PageLink>
                        {pupil.leftInYear !== null ? (
                          <span className="destination-latest"> (left {pupil.leftInYear})</span>
                        ) : null}
                      </th>
                      <td>{describeYearGroup(pupil.yearGroup)}</td>
                      <td>{destinationStateLabels[pupil.state]}</td>
                      <td>
                        {pupil.intended ? pupil.intended.description : <span className="not-recorded">None</span>}
                      </td>
                      <td>
                        {pupil.offer ? (
                          `${offerStatusLabels[pupil.offer.status]}${pupil.offer.provider ? `: ${pupil.offer.provider}` : ''}`
                        ) : (
                          <span className="not-recorded">None</span>
                        )}
                      </td>
                      <td>
                        {pupil.activity ? pupil.activity.description : <span className="not-recorded">None</span>}
                      </td>
                    </tr>
                  ))}
                </DataTable>
              </>
            )}
          </section>
        </>
      )}
      <LaReturn organisationId={organisationId} />
    </>
  );
}
