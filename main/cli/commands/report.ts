// `waymark report`: the termly report for a school's careers leader, as an
// editable DOCX, with the figures (and the Benchmark 8 evidence) as CSV if
// asked. Each file is written whole, then logged as a disclosure to the school.
import { AppError } from '../../errors';
import { findOrganisationByName } from '../../services/organisations';
import { exportReportFile, produceReport } from '../../services/reports';
import { writeFileAtomically } from '../../vault/atomic-file';
import { withUnlockedVault } from '../open-vault';
import type { CommandOptions, CommandResult } from '../program';

export type ReportOptions = CommandOptions & { school: string; from: string; to: string; out: string; csv?: string; evidence?: string };

export async function reportCommand(options: ReportOptions): Promise<CommandResult> {
  if (!options.out.toLowerCase().endsWith('.docx')) throw new AppError('VALIDATION', 'The --out file must end in .docx.');
  for (const file of [options.csv, options.evidence]) {
    if (file !== undefined && !file.toLowerCase().endsWith('.csv')) throw new AppError('VALIDATION', `${file} must end in .csv.`);
  }
  const made = await withUnlockedVault(options.vault, async (vault) => {
    const organisationId = findOrganisationByName(vault, options.school);
    if (!organisationId) throw new AppError('NOT_FOUND', `There is no organisation called "${options.school}" in this vault.`);
    const period = { organisationId, from: options.from, to: options.to };
    const report = produceReport(vault, period);
    const disclosures = [(await exportReportFile(vault, { ...period, kind: 'docx' }, new Date(), (bytes) => writeFileAtomically(options.out, bytes))).disclosure];
    if (options.csv) {
      const csv = options.csv;
      disclosures.push((await exportReportFile(vault, { ...period, kind: 'figures-csv' }, new Date(), (bytes) => writeFileAtomically(csv, bytes))).disclosure);
    }
    if (options.evidence) {
      const evidence = options.evidence;
      disclosures.push((await exportReportFile(vault, { ...period, kind: 'evidence-csv' }, new Date(), (bytes) => writeFileAtomically(evidence, bytes))).disclosure);
    }
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
    benchmark8: report.benchmark8.map(({ yearGroup, interviewsNeeded, pupils, met, notYetSeen }) => ({ yearGroup, interviewsNeeded, pupils, met, notYet: notYetSeen.length })),
    priorityGroups: report.priorityGroups.map(({ key, isRecorded, onRoll, seen }) => ({ key, isRecorded, onRoll, seen })),
    destinations: report.destinations,
    notes: report.notes,
    disclosures,
  };
  const files = [options.out, options.csv, options.evidence].filter(Boolean).join(', ');
  return {
    json,
    human: [`Wrote the termly report for ${report.organisationName} (${report.from} to ${report.to}) to ${files}: ${report.totals.interviews} interviews with ${report.totals.pupilsSeen} pupils.`, ...report.notes, ...disclosures].join('\n'),
  };
}
