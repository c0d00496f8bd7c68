// The caseload's filters. Each change applies at once; the count under them
// says how many clients match.
import type { OrganisationSummary } from '../api/contract-types';
import { SelectField, type SelectOption } from '../components/SelectField';
import { hasFilters, type CaseloadQuery } from './caseload-query';
import { provisionLevelOptions, sendStatusOptions, yearGroupOptions } from './options';

type Props = {
  query: CaseloadQuery;
  organisations: OrganisationSummary[];
  onChange: (query: CaseloadQuery) => void;
  onClear: () => void;
};

type FilterKey = Exclude<keyof CaseloadQuery, 'sort'>;
type Filter = { key: FilterKey; id: string; label: string; options: readonly SelectOption[] };

// Every filter's first choice, '', is "any": the list narrows only on a choice it offers.
const choiceFilter = (
  key: FilterKey,
  id: string,
  label: string,
  anyLabel: string,
  options: readonly SelectOption[],
): Filter => ({ key, id, label, options: [{ value: '', label: anyLabel }, ...options] });

const fixedFilters: readonly Filter[] = [
  choiceFilter('yearGroup', 'filter-year', 'Year group', 'All year groups', yearGroupOptions),
  choiceFilter('provisionLevel', 'filter-provision', 'Provision level', 'All levels', provisionLevelOptions),
  choiceFilter('sendStatus', 'filter-send', 'SEND', 'Any SEND status', sendStatusOptions),
  choiceFilter('seen', 'filter-seen', 'Seen this year', 'Seen or not', [
    { value: 'seen', label: 'Seen this academic year' },
    { value: 'not-seen', label: 'Not seen this academic year' },
  ]),
  choiceFilter('reviewDue', 'filter-review', 'Review', 'Any review date', [
    { value: 'due', label: 'Review due' },
    { value: 'not-due', label: 'Not due' },
  ]),
  choiceFilter('pupilPremium', 'filter-pupil-premium', 'Pupil premium', 'With or without', [
    { value: 'yes', label: 'Pupil premium' },
    { value: 'no', label: 'No pupil premium' },
  ]),
  choiceFilter('benchmark8', 'filter-benchmark', 'Benchmark 8', 'Any', [
    { value: 'not-met', label: 'Still to be seen' },
  ]),
];

export function CaseloadFilters({ query, organisations, onChange, onClear }: Props) {
  const filters: readonly Filter[] = [
    choiceFilter(
      'organisationId',
      'filter-organisation',
      'Organisation',
      'All organisations',
      organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
    ),
    ...fixedFilters,
  ];
  const choose = ({ key, options }: Filter, value: string) =>
    onChange({ ...query, [key]: options.some((option) => option.value === value) ? value : '' });
  return (
    <fieldset className="filters">
      {/* Named for screen readers; on screen the labels speak for themselves and the rows keep their room. */}
      <legend className="visually-hidden">Show</legend>
      <div className="filters-grid">
        {filters.map((filter) => (
          <SelectField
            key={filter.key}
            id={filter.id}
            label={filter.label}
            value={query[filter.key]}
            options={filter.options}
            onChange={(value) => choose(filter, value)}
          />
        ))}
      </div>
      {hasFilters(query) ? (
        <button type="button" className="link-button" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
