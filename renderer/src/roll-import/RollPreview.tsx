// The dry run's findings, before anything is written: how each column is read
// (and, where a heading was not recognised, what the adviser says it holds),
// how many pupils would be added or updated, and every row with a problem.
import { rollFieldLabels, rollFields, type RollField } from '../../../shared/caseload';
import type { ColumnChoice, RollReport } from '../../../shared/contract/roll-import';
import { DataTable } from '../components/DataTable';
import { formatCount, formatNumber } from '../format/numbers';
import { describeMissingFields } from './roll-fields';
import { RollProblems } from './RollProblems';

type Props = {
  report: RollReport;
  fileName: string;
  organisationName: string;
  isNewSchool: boolean;
  /** The adviser says what a column holds (null: not used); the file is checked again. */
  onChooseField: (column: number, field: RollField | null) => void;
  /** The choices made so far, shown at once while the file is checked again. */
  columnChoices: readonly ColumnChoice[];
  isChecking: boolean;
};

const readAsOptions = [
  { value: '', label: 'Not used' },
  ...rollFields.map((field) => ({ value: field, label: rollFieldLabels[field] })),
];

export function RollPreview({
  report,
  fileName,
  organisationName,
  isNewSchool,
  onChooseField,
  columnChoices,
  isChecking,
}: Props) {
  const isMissingColumns = report.missingFields.length > 0;
  const chosen = new Map(columnChoices.map((choice) => [choice.column, choice.field]));
  const counts: [string, number][] = [
    ['Pupils read from the file', report.rowsRead],
    ['New pupils to add', report.created],
    ['Pupils to update', report.updated],
    ['Already up to date', report.unchanged],
    ['Rows with problems, to be left out', report.rejected.length],
  ];
  return (
    <>
      <p>
        <strong>{fileName}</strong> for <strong>{organisationName}</strong>
        {isNewSchool ? ' (a new school: Waymark will add it)' : ''}. Nothing has been written yet.
      </p>
      {isMissingColumns ? (
        <p className="callout" id="roll-missing-columns">
          Waymark could not tell which column holds the {describeMissingFields(report.missingFields)}. Choose it under
          “Read as” below: a roll needs the surname, forename and date of birth.
        </p>
      ) : null}
      <div className="preview-grid">
        <DataTable
          className="data-table roll-columns"
          caption="How Waymark reads the columns"
          columns={['Column in your file', 'First value', 'Read as']}
          data-testid="roll-columns"
          aria-busy={isChecking}
        >
          {report.columns.map((column, index) => {
            const header = column.header || `(column ${index + 1} has no heading)`;
            return (
              <tr key={`${column.header}-${index}`} className={column.field ? undefined : 'column-unused'}>
                <th scope="row">{header}</th>
                <td className="roll-example">{column.example}</td>
                <td>
                  <select
                    className="field-input field-select"
                    aria-label={`Read ${header} as`}
                    value={(chosen.has(index) ? chosen.get(index) : column.field) ?? ''}
                    onChange={(event) =>
                      onChooseField(index, event.target.value === '' ? null : (event.target.value as RollField))
                    }
                    aria-describedby={isMissingColumns ? 'roll-missing-columns' : undefined}
                  >
                    {readAsOptions.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                  {column.isChosenByHand ? <span className="roll-chosen"> (chosen by you)</span> : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
        {isMissingColumns ? null : (
          <table className="data-table" data-testid="roll-counts">
            <caption>What the import will do</caption>
            <tbody>
              {counts.map(([label, count]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="numeric">{formatNumber(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {isMissingColumns ? null : report.rejected.length > 0 ? (
        <RollProblems
          problems={report.rejected}
          intro={`${formatCount(report.rejected.length, 'row')} will be left out. Correct them in your MIS and import again later if you need them; the rest can be imported now.`}
        />
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
