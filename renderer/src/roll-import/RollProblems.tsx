// Rows of a roll that could not be used, numbered as a spreadsheet shows them.
import type { RollReport } from '../../../shared/contract/caseload';

type Props = { problems: RollReport['rejected']; intro: string };

export function RollProblems({ problems, intro }: Props) {
  return (
    <section aria-labelledby="roll-problems-heading" className="roll-problems">
      <h3 id="roll-problems-heading">Rows with problems</h3>
      <p>{intro}</p>
      <p className="field-hint">Row numbers are as your spreadsheet shows them: the column headings are row 1.</p>
      <table className="data-table data-table-full" data-testid="roll-problems">
        <caption className="visually-hidden">Rows with problems</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Row
            </th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={`${problem.row}-${index}`}>
              <td className="numeric">{problem.row}</td>
              <td>{problem.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
