// Marking a client as having left school, with the academic year they left:
// their record stays, with its destinations, for the years schools keep them.
import { useState, type FormEvent } from 'react';
import type { ClientDestinations } from '../../../shared/contract/destinations';
import { academicYearOf } from '../../../shared/caseload';
import { todayInLondon } from '../../../shared/dates';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';

type Props = {
  clientId: string;
  leftInYear: number | null;
  onChanged: (destinations: ClientDestinations, message: string) => void;
};

/** "2026 to 2027" for 2026. */
const describeYear = (year: number) => `${year} to ${year + 1}`;

export function LeftSchool({ clientId, leftInYear, onChanged }: Props) {
  const thisYear = Number(academicYearOf(todayInLondon()).startsOn.slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();

  const save = (value: number | null) =>
    run(async () => {
      const result = await call('destinations.setLeft', { clientId, leftInYear: value });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      onChanged(
        result.value,
        value === null ? 'Back on roll.' : `Marked as left school in ${describeYear(value)}. Their record stays.`,
      );
    });

  if (leftInYear !== null) {
    return (
      <div className="left-school">
        <p>
          <strong>Left school</strong> in {describeYear(leftInYear)}.
        </p>
        <BusyButton isBusy={isBusy} className="button button-quiet" onClick={() => void save(null)}>
          Back on roll
        </BusyButton>
        <FormAlert id="left-school-problem" message={problem} />
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(Number(year));
  };
  return (
    <form className="left-school" onSubmit={submit} aria-label="Left school">
      <SelectField
        id="left-school-year"
        label="Left school in"
        value={year}
        options={[0, 1, 2, 3].map((back) => ({ value: String(thisYear - back), label: describeYear(thisYear - back) }))}
        onChange={setYear}
      />
      <BusyButton isBusy={isBusy} type="submit" className="button button-quiet">
        Mark as left school
      </BusyButton>
      <FormAlert id="left-school-problem" message={problem} />
    </form>
  );
}
