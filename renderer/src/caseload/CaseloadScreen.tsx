// The caseload home: reminders, then every client in one virtualised list
// with filters and a sort. The filters live in the page, so Back from a
// client returns to the same view.
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { LoadProblem } from '../components/LoadProblem';
import { DraftInterviewsNotice } from '../interviews/DraftInterviewsNotice';
import { ScreenHeading } from '../components/ScreenHeading';
import { HandoverLinks } from '../handover/HandoverLinks';
import { SelectField } from '../components/SelectField';
import { formatCount } from '../format/numbers';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadList } from './CaseloadList';
import { defaultCaseloadQuery, hasFilters, isClientSort, sortLabels, type CaseloadQuery } from './caseload-query';
import { EmptyCaseload } from './EmptyCaseload';
import { Reminders } from '../reminders/Reminders';
import { FollowUps } from '../follow-ups/FollowUps';
import { useClientPages } from './use-client-pages';

type Props = { query: CaseloadQuery | undefined };

export function CaseloadScreen({ query = defaultCaseloadQuery }: Props) {
  const { navigate, replace } = useNavigation();
  const organisations = useQuery('organisations.list', {});
  const clients = useClientPages(query);
  const setQuery = (next: CaseloadQuery) => replace({ name: 'caseload', query: next });
  const isFiltered = hasFilters(query);
  const isEmptyVault = clients.total === 0 && !isFiltered;

  return (
    <>
      <div className="screen-top">
        <ScreenHeading>Caseload</ScreenHeading>
        <div className="actions">
          <HandoverLinks />
          {organisations.value && organisations.value.length > 0 ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => navigate({ name: 'client-new', organisationId: query.organisationId || null })}
            >
              Add a client
            </button>
          ) : null}
        </div>
      </div>
      <DraftInterviewsNotice />
      <Reminders />
      {isEmptyVault ? null : <FollowUps />}
      {isEmptyVault ? (
        <EmptyCaseload hasOrganisations={(organisations.value?.length ?? 0) > 0} />
      ) : (
        <>
          <CaseloadFilters
            query={query}
            organisations={organisations.value ?? []}
            onChange={setQuery}
            onClear={() => setQuery({ ...defaultCaseloadQuery, sort: query.sort })}
          />
          <div className="list-bar">
            <p role="status" className="caseload-total">
              {clients.total === null
                ? 'Loading clients…'
                : isFiltered
                  ? `${formatCount(clients.total, 'client')} match these filters`
                  : formatCount(clients.total, 'client')}
            </p>
            <SelectField
              id="caseload-sort"
              label="Sort by"
              value={query.sort}
              options={Object.entries(sortLabels).map(([value, label]) => ({ value, label }))}
              onChange={(value) => {
                if (isClientSort(value)) setQuery({ ...query, sort: value });
              }}
              className="field-inline"
            />
          </div>
          {clients.problem ? (
            <LoadProblem what="The caseload" message={clients.problem} onRetry={clients.retry} />
          ) : null}
          {clients.total !== null && clients.total > 0 ? (
            <>
              <p className="field-hint caseload-keys" id="caseload-keys">
                Choose a name to open the client. In the list, the up and down arrow keys move between clients.
              </p>
              <CaseloadList
                clients={clients}
                total={clients.total}
                caption={`Clients, sorted by ${sortLabels[query.sort].toLowerCase()}`}
                onOpen={(clientId) => navigate({ name: 'client', clientId })}
              />
            </>
          ) : null}
          {clients.total === 0 && isFiltered ? (
            <div className="empty-state empty-state-small">
              <p>No clients match these filters.</p>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
