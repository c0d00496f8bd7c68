// The dry run's findings, before anything is written: how each column is read,
// how many pupils would be added or updated, and every row with a problem.
import type { RollReport } from '../../../shared/contract/caseload';
import { formatCount, formatNumber } from '../format/numbers';
import { describeRollField } from './roll-fields';
import { RollProblems } from './RollProblems';

type Props = { report: RollReport; fileName: string; organisationName: string; isNewSchool: boolean };

export function RollPreview({ report, fileName, organisationName, isNewSchool }: Props) {
  return (
    <>
      <p>
        <strong>{fileName}</strong> for <strong>{organisationName}</strong>
        {isNewSchool ? ' (a new school: Waymark will add it)' : ''}. Nothing has been written yet.
      </p>
      <div className="preview-grid">
        <table className="data-table" data-testid="roll-columns">
          <caption>How Waymark reads the columns</caption>
          <thead>
            <tr>
              <th scope="col">Column in your file</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {report.columns.map((column, index) => (
              <tr key={`${column.header}-${index}`} className={column.field ? undefined : 'column-unused'}>
                <th scope="row">{column.header || `(column ${index + 1} has no heading)`}</th>
                <td>{describeRollField(column.field)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table" data-testid="roll-counts">
          <caption>What the import will do</caption>
          <tbody>
            <tr>
              <th scope="row">Pupils read from the file</th>
              <td className="numeric">{formatNumber(report.rowsRead)}</td>
            </tr>
            <tr>
              <th scope="row">New pupils to add</th>
              <td className="numeric">{formatNumber(report.created)}</td>
            </tr>
            <tr>
              <th scope="row">Pupils to update</th>
              <td className="numeric">{formatNumber(report.updated)}</td>
            </tr>
            <tr>
              <th scope="row">Already up to date</th>
              <td className="numeric">{formatNumber(report.unchanged)}</td>
            </tr>
            <tr>
              <th scope="row">Rows with problems, to be left out</th>
              <td className="numeric">{formatNumber(report.rejected.length)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {report.rejected.length > 0 ? (
        <RollProblems problems={report.rejected} intro={`${formatCount(report.rejected.length, 'row')} will be left out. Correct them in your MIS and import again later if you need them; the rest can be imported now.`} />
      ) : (
        <p>No problems found in the file.</p>
      )}
      {report.flagged.length > 0 ? (
        <RollProblems
          title="Rows to check"
          problems={report.flagged}
          intro={`${formatCount(report.flagged.length, 'pupil')} will be imported as the file says, but ${report.flagged.length === 1 ? 'looks' : 'look'} worth checking with the school.`}
        />
      ) : null}
    </>
  );
}
