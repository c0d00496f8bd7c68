// The termly report for a school's careers leader: choose the period (this
// term by default), see the figures, write comments and recommendations, and
// download the report and its CSVs for the school.
import { useState, type FormEvent } from 'react';
import { currentTermOf, reportPeriodsFor } from '../../../shared/termly-report';
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { DateField } from '../components/DateField';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { formatDate, todayInLondon } from '../format/dates';
import { ReportComments } from './ReportComments';
import { ReportDownloads } from './ReportDownloads';
import { ReportFigures } from './ReportFigures';

type Period = { from: string; to: string };

/** This academic year's terms and the year itself, then last year's. */
function periodChoices(today: string) {
  const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return [...reportPeriodsFor(today), ...reportPeriodsFor(lastYear)];
}

export function ReportScreen({ organisationId }: { organisationId: string }) {
  const today = todayInLondon();
  const choices = periodChoices(today);
  const term = currentTermOf(today);
  const [choice, setChoice] = useState(
    String(choices.findIndex((period) => period.from === term.from && period.to === term.to)),
  );
  const [typed, setTyped] = useState<Period>({ from: term.from, to: term.to });
  const [shown, setShown] = useState<Period>({ from: term.from, to: term.to });
  const [problem, setProblem] = useState('');
  const organisation = useQuery('organisations.get', { id: organisationId });
  const report = useQuery('reports.produce', { organisationId, ...shown });

  const choose = (value: string) => {
    setChoice(value);
    const period = choices[Number(value)];
    if (value !== 'custom' && period) {
      setTyped({ from: period.from, to: period.to });
      setShown({ from: period.from, to: period.to });
      setProblem('');
    }
  };
  const show = (event: FormEvent) => {
    event.preventDefault();
    const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
    if (!isDate(typed.from) || !isDate(typed.to)) {
      setProblem('Enter both dates as day, month, year, such as 01/09/2026.');
      return;
    }
    if (typed.to < typed.from) {
      setProblem(
        `The period ends on ${formatDate(typed.to)}, before it starts on ${formatDate(typed.from)}. Choose an end date on or after the start.`,
      );
      return;
    }
    setProblem('');
    setShown(typed);
  };

  const name = organisation.value?.name ?? 'the school';
  return (
    <>
      <BackLink fallbackLabel="Back to the organisation" />
      <ScreenHeading>Termly report: {name}</ScreenHeading>
      <p className="screen-subtitle">
        For the school&rsquo;s careers leader. Counts from 1 to 4 in tables about groups are shown as
        &ldquo;&lt;5&rdquo;; only the pupils not yet seen are named.
      </p>
      <section className="panel" aria-labelledby="report-period-heading">
        <h2 id="report-period-heading">Period</h2>
        <form onSubmit={show} noValidate className="report-period">
          <SelectField
            id="report-period"
            label="Report on"
            value={choice}
            onChange={choose}
            options={[
              ...choices.map((period, index) => ({
                value: String(index),
                label: `${period.label} (${formatDate(period.from)} to ${formatDate(period.to)})`,
              })),
              { value: 'custom', label: 'Other dates…' },
            ]}
          />
          {choice === 'custom' ? (
            <>
              <DateField
                id="report-from"
                label="From"
                value={typed.from}
                onChange={(from) => setTyped((current) => ({ ...current, from }))}
              />
              <DateField
                id="report-to"
                label="To"
                value={typed.to}
                onChange={(to) => setTyped((current) => ({ ...current, to }))}
              />
              <FormAlert id="report-period-problem" message={problem} />
              <button type="submit" className="button">
                Show the report
              </button>
            </>
          ) : null}
        </form>
      </section>
      {report.problem ? <FormAlert id="report-problem" message={report.problem} /> : null}
      {report.value && report.value.from === shown.from && report.value.to === shown.to ? (
        <>
          <ReportFigures report={report.value} />
          <ReportComments
            key={`${shown.from}:${shown.to}`}
            period={{ organisationId, ...shown }}
            initial={report.value}
            onSaved={report.reload}
          />
          <ReportDownloads period={{ organisationId, ...shown }} />
        </>
      ) : !report.problem ? (
        <Loading what="the report" />
      ) : null}
    </>
  );
}
