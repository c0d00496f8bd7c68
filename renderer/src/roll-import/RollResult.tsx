// What an import did, with the way on to the school's overview.
import type { RollReport } from '../../../shared/contract/roll-import';
import { formatCount } from '../format/numbers';
import { RollProblems } from './RollProblems';

type Props = {
  report: RollReport;
  organisationName: string;
  onOpenOverview: (organisationId: string) => void;
  onImportAnother: () => void;
};

export function RollResult({ report, organisationName, onOpenOverview, onImportAnother }: Props) {
  return (
    <>
      <div role="status" className="notice notice-done">
        <p>
          {organisationName}: {formatCount(report.created, 'new pupil')} added, {formatCount(report.updated, 'pupil')}{' '}
          updated, {formatCount(report.unchanged, 'pupil')} already up to date.
        </p>
      </div>
      {report.rejected.length > 0 ? (
        <RollProblems
          problems={report.rejected}
          intro={`${formatCount(report.rejected.length, 'row')} ${report.rejected.length === 1 ? 'was' : 'were'} left out.`}
        />
      ) : null}
      <div className="actions">
        {report.organisationId ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => onOpenOverview(report.organisationId ?? '')}
          >
            Open the overview of {organisationName}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={onImportAnother}>
          Import another roll
        </button>
      </div>
    </>
  );
}
