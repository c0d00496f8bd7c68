// Every finalised version, two side by side with what changed between them:
// actions added, removed, changed or unchanged, with outcomes and comments.
import { useState } from 'react';
import { actionStatusLabels, compareActions, type ActionChange } from '../../../shared/action-plans';
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { SelectField } from '../components/SelectField';
import { formatInstantDate } from './plan-dates';
import { PlanExportButtons } from './PlanExportButtons';
import { VersionColumn } from './VersionColumn';

type Props = { planId: string };

const changeLabels: Record<ActionChange['change'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

export function PlanHistory({ planId }: Props) {
  const versionsQuery = useQuery('plans.versions', { planId });
  const [choice, setChoice] = useState<{ before: string; after: string } | null>(null);

  const versions = versionsQuery.value;
  if (!versions) return <LoadingOrProblem query={versionsQuery} what="the versions" />;
  if (versions.length === 0) {
    return (
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <p className="not-recorded">No version has been finalised yet.</p>
      </section>
    );
  }
  const options = versions.map((version) => ({
    value: String(version.number),
    label: `Version ${version.number} (${formatInstantDate(version.finalisedAt)})`,
  }));
  const afterNumber = choice?.after ?? String(versions.at(-1)?.number ?? 1);
  const beforeNumber = choice?.before ?? String(versions.at(-2)?.number ?? versions.at(-1)?.number ?? 1);
  const before = versions.find((version) => String(version.number) === beforeNumber);
  const after = versions.find((version) => String(version.number) === afterNumber);
  const changes =
    before && after && before !== after ? compareActions(before.content.actions, after.content.actions) : [];

  return (
    <>
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <DataTable caption="Finalised versions" columns={['Version', 'Finalised', 'Actions', 'Export']}>
          {[...versions].reverse().map((version) => (
            <tr key={version.number}>
              <th scope="row">Version {version.number}</th>
              <td>{formatInstantDate(version.finalisedAt)}</td>
              <td>{version.content.actions.length}</td>
              <td>
                <PlanExportButtons
                  planId={planId}
                  versionNumber={version.number}
                  idPrefix={`version-${version.number}`}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare versions</h2>
        {versions.length > 1 ? (
          <div className="field-row compare-choice">
            <SelectField
              id="compare-before"
              label="Earlier version"
              value={beforeNumber}
              options={options}
              onChange={(value) => setChoice({ before: value, after: afterNumber })}
            />
            <SelectField
              id="compare-after"
              label="Later version"
              value={afterNumber}
              options={options}
              onChange={(value) => setChoice({ before: beforeNumber, after: value })}
            />
          </div>
        ) : (
          <p>Only one version so far. Review the plan at the next interview to make another.</p>
        )}
        {before && after && before !== after ? (
          <>
            <DataTable
              className="data-table data-table-full changes-table"
              caption={`What changed from version ${before.number} to version ${after.number}`}
              columns={['Action', 'Change', 'Status', 'Review comment']}
            >
              {changes.map((change, index) => (
                <tr key={`${change.text}-${index}`}>
                  <th scope="row">{change.text}</th>
                  <td>{changeLabels[change.change]}</td>
                  <td>{describeStatus(change)}</td>
                  <td>{change.after?.reviewComment || <span className="not-recorded">None</span>}</td>
                </tr>
              ))}
            </DataTable>
            <div className="versions-side-by-side">
              <VersionColumn version={before} />
              <VersionColumn version={after} />
            </div>
          </>
        ) : after ? (
          <div className="versions-side-by-side">
            <VersionColumn version={after} />
          </div>
        ) : null}
      </section>
    </>
  );
}

function describeStatus(change: ActionChange): string {
  const was = change.before ? actionStatusLabels[change.before.status] : null;
  const now = change.after ? actionStatusLabels[change.after.status] : null;
  if (was && now && was !== now) return `${was} → ${now}`;
  return now ?? was ?? '';
}
