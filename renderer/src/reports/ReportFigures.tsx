// The report's figures as the careers leader will read them; group counts
// arrive already suppressed ("<5"), so the screen shows what the files hold.
import { formatAmount } from '../../../shared/agreement-delivery';
import { describeYearGroup } from '../../../shared/caseload';
import type { TermlyReport } from '../../../shared/contract/reports';
import { DataTable } from '../components/DataTable';
import { formatDate } from '../format/dates';
import { formatCount } from '../format/numbers';

/** A long list is cut short on screen; the Word report holds everyone. */
const namesShown = 200;

function Table({
  caption,
  headers,
  rows,
  testId,
}: {
  caption: string;
  headers: string[];
  rows: string[][];
  testId: string;
}) {
  return (
    <DataTable
      caption={caption}
      columns={headers.map((header, index) => (index > 0 ? { label: header, isNumeric: true } : header))}
      data-testid={testId}
    >
      {rows.map((row) => (
        <tr key={row[0]}>
          {row.map((cell, index) =>
            index === 0 ? (
              <th key={index} scope="row">
                {cell}
              </th>
            ) : (
              <td key={index} className="numeric">
                {cell}
              </td>
            ),
          )}
        </tr>
      ))}
    </DataTable>
  );
}

export function ReportFigures({ report }: { report: TermlyReport }) {
  const { totals, delivery } = report;
  const amount = (value: number | null) =>
    delivery ? (value === null ? 'Not recorded' : formatAmount(value, delivery.unit)) : '';
  return (
    <section className="panel" aria-labelledby="report-figures-heading">
      <h2 id="report-figures-heading">
        Figures for {formatDate(report.from)} to {formatDate(report.to)}
      </h2>
      {report.notes.map((note) => (
        <p key={note} className="notice notice-info">
          {note}
        </p>
      ))}
      <p data-testid="report-summary">
        {formatCount(totals.interviews, 'guidance interview')} with {formatCount(totals.pupilsSeen, 'pupil')} (
        {totals.first} first, {totals.followUp} follow-up), {formatCount(totals.didNotAttend, 'appointment')} not
        attended, {formatCount(totals.referrals, 'referral')} made. {formatCount(report.onRoll, 'pupil')} on roll.
      </p>

      <h3>Time against the agreement</h3>
      {delivery ? (
        <Table
          caption="Time bought, used and left"
          testId="report-delivery"
          headers={['Time', 'Amount']}
          rows={[
            [`Bought for ${formatDate(delivery.yearFrom)} to ${formatDate(delivery.yearTo)}`, amount(delivery.bought)],
            ['Used in this period', amount(delivery.usedInPeriod)],
            ['Used this year to the end of the period', amount(delivery.usedToDate)],
            ['Booked in sessions still to come', amount(delivery.booked)],
            ['Left', amount(delivery.left)],
          ]}
        />
      ) : (
        <p className="not-recorded">
          There is no agreement recorded for this school, so there is nothing to measure time against.
        </p>
      )}

      <h3>Interviews by year group</h3>
      {report.byYearGroup.length > 0 ? (
        <Table
          caption="Interviews by year group (a first interview is the pupil's first ever)"
          testId="report-year-groups"
          headers={[
            'Year group',
            'On roll',
            'First interviews',
            'Follow-up interviews',
            'Did not attend',
            'Referrals made',
          ]}
          rows={report.byYearGroup.map((row) => [
            row.label,
            row.onRoll,
            row.first,
            row.followUp,
            row.didNotAttend,
            row.referrals,
          ])}
        />
      ) : (
        <p className="not-recorded">No pupils on roll and no interviews in this period.</p>
      )}

      <h3>Benchmark 8</h3>
      <Table
        caption={`Benchmark 8 coverage to ${formatDate(report.to)}`}
        testId="report-benchmark8"
        headers={['Year group', 'Interviews needed', 'Pupils', 'Met', 'Not yet']}
        rows={report.benchmark8.map((row) => [
          describeYearGroup(row.yearGroup),
          String(row.interviewsNeeded),
          String(row.pupils),
          String(row.met),
          String(row.notYetSeen.length),
        ])}
      />
      {report.benchmark8.map((row) => (
        <div key={row.yearGroup}>
          <h4>
            {describeYearGroup(row.yearGroup)}: not yet seen
            {row.interviewsNeeded > 1 ? ` ${row.interviewsNeeded} times` : ''}
          </h4>
          {row.notYetSeen.length === 0 ? (
            <p className="not-recorded">
              {row.pupils === 0 ? `No ${describeYearGroup(row.yearGroup)} pupils on roll.` : 'Everyone has been seen.'}
            </p>
          ) : (
            <ul className="report-names" aria-label={`${describeYearGroup(row.yearGroup)} pupils not yet seen`}>
              {row.notYetSeen.slice(0, namesShown).map((pupil) => (
                <li key={pupil.id}>
                  {pupil.name}
                  {pupil.tutorGroup ? ` (${pupil.tutorGroup})` : ''}
                  {pupil.interviews > 0 ? `: ${formatCount(pupil.interviews, 'interview')} so far` : ''}
                </li>
              ))}
              {row.notYetSeen.length > namesShown ? (
                <li>and {row.notYetSeen.length - namesShown} more, all in the Word report</li>
              ) : null}
            </ul>
          )}
        </div>
      ))}

      <h3>Priority groups</h3>
      <Table
        caption="Priority groups: on roll, and seen in this period"
        testId="report-priority-groups"
        headers={['Group', 'On roll', 'Seen this period']}
        rows={report.priorityGroups.map((row) => [row.label, row.onRoll, row.seen])}
      />

      <h3>Intended destinations</h3>
      {report.destinations.length > 0 ? (
        <Table
          caption="Intended destinations of the pupils seen this period"
          testId="report-destinations"
          headers={['Intended destination', 'Year 11', 'Year 13', 'Other years', 'All']}
          rows={report.destinations.map((row) => [row.label, row.year11, row.year13, row.otherYears, row.all])}
        />
      ) : (
        <p className="not-recorded">No pupils were interviewed in this period.</p>
      )}

      <h3>Progress in career learning</h3>
      <Table
        caption="Pupils seen this period, from their own ratings of their career learning"
        testId="report-progress"
        headers={['Pupils seen this period', 'Number']}
        rows={[
          ['Rated themselves more than once', report.progress.pupilsCompared],
          ['Rated at least one competency higher than at first', report.progress.pupilsHigher],
        ]}
      />
    </section>
  );
}
