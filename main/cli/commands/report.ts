// `waymark report`: the termly report for a school's careers leader, as an
// editable DOCX, with the figures (and the Benchmark 8 evidence) as CSV if
// asked. Each file is written whole, then logged as a disclosure to the school.
import { AppError } from '../../errors';
import { findOrganisationId } from '../lookups';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export type ReportOptions = CommandOptions & {
  school: string;
  from: string;
  to: string;
  out: string;
  csv?: string;
  evidence?: string;
};

export async function reportCommand(options: ReportOptions): Promise<CommandResult> {
  if (!options.out.toLowerCase().endsWith('.docx'))
    throw new AppError('VALIDATION', 'The --out file must end in .docx.');
  for (const file of [options.csv, options.evidence]) {
    if (file !== undefined && !file.toLowerCase().endsWith('.csv'))
      throw new AppError('VALIDATION', `${file} must end in .csv.`);
  }
  const made = await withSession(options.vault, async ({ call }) => {
    const period = {
      organisationId: await findOrganisationId(call, options.school),
      from: options.from,
      to: options.to,
    };
    const report = await call('reports.produce', period);
    // Each file is written whole before its disclosure is logged.
    const disclosures = [
      (await call('reports.export', { ...period, kind: 'docx' }, { deliverTo: options.out })).disclosure,
    ];
    if (options.csv)
      disclosures.push(
        (await call('reports.export', { ...period, kind: 'figures-csv' }, { deliverTo: options.csv })).disclosure,
      );
    if (options.evidence)
      disclosures.push(
        (await call('reports.export', { ...period, kind: 'evidence-csv' }, { deliverTo: options.evidence })).disclosure,
      );
    return { report, disclosures };
  });
  const { report, disclosures } = made;
  // Figures only on stdout: the names stay in the files meant for the school.
  const json = {
    ok: true,
    school: report.organisationName,
    from: report.from,
    to: report.to,
    out: options.out,
    ...(options.csv ? { csv: options.csv } : {}),
    ...(options.evidence ? { evidence: options.evidence } : {}),
    onRoll: report.onRoll,
    delivery: report.delivery,
    totals: report.totals,
    byYearGroup: report.byYearGroup,
    benchmark8: report.benchmark8.map(({ yearGroup, interviewsNeeded, pupils, met, notYetSeen }) => ({
      yearGroup,
      interviewsNeeded,
      pupils,
      met,
      notYet: notYetSeen.length,
    })),
    priorityGroups: report.priorityGroups.map(({ key, isRecorded, onRoll, seen }) => ({
      key,
      isRecorded,
      onRoll,
      seen,
    })),
    destinations: report.destinations,
    notes: report.notes,
    disclosures,
  };
  const files = [options.out, options.csv, options.evidence].filter(Boolean).join(', ');
  return {
    json,
    human: [
      `Wrote the termly report for ${report.organisationName} (${report.from} to ${report.to}) to ${files}: ${report.totals.interviews} interviews with ${report.totals.pupilsSeen} pupils.`,
      ...report.notes,
      ...disclosures,
    ].join('\n'),
  };
}
