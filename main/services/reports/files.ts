// The files handed to the school: the report (DOCX), its figures (CSV) and the
// Benchmark 8 evidence (CSV). Each is a disclosure, logged with an audit entry.
//
// How the disclosure log records it: the figures name no one, so they get one
// entry for the school with no client (the log allows that; "not about one
// person"). Where a file names pupils (the not-yet-seen lists in the report,
// every row of the evidence), each named pupil also gets their own entry, so
// their subject-access copy and any later rectification can say the school
// received their details. Names are only ever the school's own pupils.
import { auditEvents } from '../../db/schema';
import { benchmark8EvidenceCsv, termlyReportFiguresCsv, type EvidenceRow } from '../../export/termly-report-csv';
import { buildTermlyReportDocx, periodLabel } from '../../export/termly-report-docx';
import { todayInLondon } from '../../../shared/dates';
import type { ReportFileKind, ReportPeriodInput } from '../../../shared/contract/reports';
import type { OpenVault } from '../../vault';
import { logDisclosure } from '../disclosures';
import { readSettings } from '../settings';
import { checkPeriod, organisationName, produceReport } from './figures';
import { type ServiceContext, systemContext } from '../context';

export type ReportFile = { fileName: string; mediaType: string; bytes: Buffer; disclosure: string };

// The school's statutory duty (section 42A, Education Act 1997) to secure
// independent careers guidance is what the report and evidence serve.
const lawfulBasis = 'legal-obligation' as const;

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const csvType = 'text/csv';

function safeFileName(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N} '-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || 'School'
  );
}

/** The Benchmark 8 evidence: every interview in the period with one of the school's pupils. */
export function evidenceRows(
  { sqlite }: OpenVault,
  { organisationId, from, to }: ReportPeriodInput,
): (EvidenceRow & { clientId: string })[] {
  const rows = sqlite
    .prepare(
      `SELECT i.client_id AS clientId, c.upn, c.forename, c.surname, c.year_group AS yearGroup, i.held_on AS heldOn, i.duration_minutes AS minutes,
              NOT EXISTS (SELECT 1 FROM interviews e WHERE e.client_id = i.client_id
                            AND (e.held_on < i.held_on OR (e.held_on = i.held_on AND (e.created_at < i.created_at OR (e.created_at = i.created_at AND e.id < i.id))))) AS isFirst
         FROM interviews i JOIN clients c ON c.id = i.client_id
        WHERE c.organisation_id = @organisationId AND i.held_on BETWEEN @from AND @to
        ORDER BY i.held_on, c.surname COLLATE NOCASE, c.forename COLLATE NOCASE, i.id`,
    )
    .all({ organisationId, from, to }) as (Omit<EvidenceRow, 'isFirst'> & { clientId: string; isFirst: number })[];
  return rows.map((row) => ({ ...row, isFirst: row.isFirst === 1 }));
}

/**
 * Makes one of the school's files and logs the disclosure. `write`, when given
 * (the command line), puts the file on disk first: a file that failed to be
 * written was never disclosed.
 */
export async function exportReportFile(
  vault: OpenVault,
  input: ReportPeriodInput & { kind: ReportFileKind },
  write?: (bytes: Buffer) => void,
  context: ServiceContext = systemContext,
): Promise<ReportFile> {
  const now = context.now();
  checkPeriod(input);
  const school = organisationName(vault, input.organisationId);
  const on = todayInLondon(now);
  const period = periodLabel(input.from, input.to);
  const recipient = `${school} (careers leader)`;
  const settings = readSettings(vault.db);
  const baseName = `Termly report ${safeFileName(school)} ${input.from} to ${input.to}`;

  let file: Omit<ReportFile, 'disclosure'>;
  let disclosure: string;
  let named: { clientId: string; what: string }[] = [];
  if (input.kind === 'evidence-csv') {
    const rows = evidenceRows(vault, input);
    file = {
      fileName: `Benchmark 8 evidence ${safeFileName(school)} ${input.from} to ${input.to}.csv`,
      mediaType: csvType,
      bytes: benchmark8EvidenceCsv(rows, {
        name: settings.adviserName || 'Not recorded',
        isQualifiedLevel6: settings.isQualifiedLevel6,
      }),
    };
    const perPupil = new Map<string, number>();
    for (const row of rows) perPupil.set(row.clientId, (perPupil.get(row.clientId) ?? 0) + 1);
    named = [...perPupil.entries()].map(([clientId, interviews]) => ({
      clientId,
      what: `Benchmark 8 evidence, ${period}: ${interviews === 1 ? 'one interview' : `${interviews} interviews`} (name, UPN, year group, date, minutes)`,
    }));
    disclosure = `Benchmark 8 evidence for ${period}: ${rows.length === 1 ? 'one interview' : `${rows.length} interviews`} with ${named.length === 1 ? 'one pupil' : `${named.length} pupils`}, named.`;
  } else {
    const report = produceReport(vault, input, context);
    const notYetSeen = report.benchmark8.flatMap((row) => row.notYetSeen);
    if (input.kind === 'docx') {
      file = {
        fileName: `${baseName}.docx`,
        mediaType: docxType,
        bytes: await buildTermlyReportDocx({
          report,
          adviserName: settings.adviserName,
          adviserContact: settings.adviserContact,
          producedOn: on,
        }),
      };
      named = notYetSeen.map((pupil) => ({
        clientId: pupil.id,
        what: `Named in the termly report for ${period} as not yet seen for Benchmark 8 (name, tutor group, interviews so far)`,
      }));
      disclosure = `Termly report for ${period}: figures with counts under 5 shown as "<5", and ${notYetSeen.length === 1 ? 'one pupil' : `${notYetSeen.length} pupils`} named as not yet seen for Benchmark 8.`;
    } else {
      file = { fileName: `${baseName} figures.csv`, mediaType: csvType, bytes: termlyReportFiguresCsv(report) };
      disclosure = `Termly report figures for ${period} (CSV): counts only, those under 5 shown as "<5"; no names.`;
    }
  }

  write?.(file.bytes);
  vault.db.transaction(() => {
    logDisclosure(vault, { clientId: null, recipient, what: disclosure, lawfulBasis, disclosedOn: on }, context);
    for (const entry of named)
      logDisclosure(
        vault,
        { clientId: entry.clientId, recipient, what: entry.what, lawfulBasis, disclosedOn: on },
        context,
      );
    vault.db
      .insert(auditEvents)
      .values({
        occurredAt: now.toISOString(),
        action: 'report.exported',
        detail: JSON.stringify({
          organisationId: input.organisationId,
          from: input.from,
          to: input.to,
          kind: input.kind,
          namedPupils: named.length,
        }),
      })
      .run();
  });
  return { ...file, disclosure: `Logged as a disclosure to ${recipient}: ${disclosure}` };
}
