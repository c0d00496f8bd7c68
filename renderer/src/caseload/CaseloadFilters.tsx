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

const any = (label: string, options: readonly SelectOption[]): SelectOption[] => [{ value: '', label }, ...options];

export function CaseloadFilters({ query, organisations, onChange, onClear }: Props) {
  const set = <K extends keyof CaseloadQuery>(key: K, value: CaseloadQuery[K]) => onChange({ ...query, [key]: value });
  return (
    <fieldset className="filters">
      {/* Named for screen readers; on screen the labels speak for themselves and the rows keep their room. */}
      <legend className="visually-hidden">Show</legend>
      <div className="filters-grid">
        <SelectField
          id="filter-organisation"
          label="Organisation"
          value={query.organisationId}
          options={any(
            'All organisations',
            organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
          )}
          onChange={(value) => set('organisationId', value)}
        />
        <SelectField
          id="filter-year"
          label="Year group"
          value={query.yearGroup}
          options={any('All year groups', yearGroupOptions)}
          onChange={(value) => set('yearGroup', value)}
        />
        <SelectField
          id="filter-provision"
          label="Provision level"
          value={query.provisionLevel}
          options={any('All levels', provisionLevelOptions)}
          onChange={(value) => set('provisionLevel', value)}
        />
        <SelectField
          id="filter-send"
          label="SEND"
          value={query.sendStatus}
          options={any('Any SEND status', sendStatusOptions)}
          onChange={(value) => set('sendStatus', value)}
        />
        <SelectField
          id="filter-seen"
          label="Seen this year"
          value={query.seen}
          options={[
            { value: '', label: 'Seen or not' },
            { value: 'seen', label: 'Seen this academic year' },
            { value: 'not-seen', label: 'Not seen this academic year' },
          ]}
          onChange={(value) => set('seen', value === 'seen' || value === 'not-seen' ? value : '')}
        />
        <SelectField
          id="filter-review"
          label="Review"
          value={query.reviewDue}
          options={[
            { value: '', label: 'Any review date' },
            { value: 'due', label: 'Review due' },
            { value: 'not-due', label: 'Not due' },
          ]}
          onChange={(value) => set('reviewDue', value === 'due' || value === 'not-due' ? value : '')}
        />
        <SelectField
          id="filter-pupil-premium"
          label="Pupil premium"
          value={query.pupilPremium}
          options={[
            { value: '', label: 'With or without' },
            { value: 'yes', label: 'Pupil premium' },
            { value: 'no', label: 'No pupil premium' },
          ]}
          onChange={(value) => set('pupilPremium', value === 'yes' || value === 'no' ? value : '')}
        />
        <SelectField
          id="filter-benchmark"
          label="Benchmark 8"
          value={query.benchmark8}
          options={[
            { value: '', label: 'Any' },
            { value: 'not-met', label: 'Still to be seen' },
          ]}
          onChange={(value) => set('benchmark8', value === 'not-met' ? value : '')}
        />
      </div>
      {hasFilters(query) ? (
        <button type="button" className="link-button" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
