// Rows of a roll that could not be used (or are worth a second look), each
// with the pupil's name and the row as a spreadsheet numbers it.
import type { RollReport } from '../../../shared/contract/roll-import';
import { DataTable } from '../components/DataTable';

type Props = {
  problems: RollReport['rejected'];
  intro: string;
  /** The heading and the table's name: "Rows with problems", "Rows to check". */
  title?: string;
};

export function RollProblems({ problems, intro, title = 'Rows with problems' }: Props) {
  const headingId = title === 'Rows with problems' ? 'roll-problems-heading' : 'roll-flags-heading';
  return (
    <section aria-labelledby={headingId} className="roll-problems">
      <h3 id={headingId}>{title}</h3>
      <p>{intro}</p>
      <p className="field-hint">Row numbers are as your spreadsheet shows them: the column headings are row 1.</p>
      <DataTable
        caption={title}
        isCaptionHidden
        columns={[{ label: 'Row', isNumeric: true }, 'Pupil', title === 'Rows with problems' ? 'Problem' : 'Check']}
        data-testid={headingId === 'roll-problems-heading' ? 'roll-problems' : 'roll-flags'}
      >
        {problems.map((problem, index) => (
          <tr key={`${problem.row}-${index}`}>
            <td className="numeric">{problem.row}</td>
            <td>{problem.pupil || <span className="not-recorded">No name on this row</span>}</td>
            <td>{problem.reason}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
