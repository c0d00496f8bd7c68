// The files for the school. Each download is a disclosure, logged as it is
// made; the message says so.
import type { ReportFileKind, ReportPeriodInput } from '../../../shared/contract/reports';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { downloadBase64 } from '../files/download';

const files: { kind: ReportFileKind; label: string }[] = [
  { kind: 'docx', label: 'Download the report (Word)' },
  { kind: 'figures-csv', label: 'Download the figures (CSV)' },
  { kind: 'evidence-csv', label: 'Download the Benchmark 8 evidence (CSV)' },
];

export function ReportDownloads({ period }: { period: ReportPeriodInput }) {
  const { status, submit } = useForm();
  const { problem, done, isBusy } = status;

  const download = (kind: ReportFileKind) =>
    submit(null, {
      check: () => ({ value: { ...period, kind } }),
      send: (input) => call('reports.export', input),
      onSent: ({ fileName, dataBase64, mediaType, disclosure }) => {
        downloadBase64(fileName, dataBase64, mediaType);
        return `Downloaded ${fileName}. ${disclosure}`;
      },
    });

  return (
    <section className="panel" aria-labelledby="report-files-heading">
      <h2 id="report-files-heading">Files for the school</h2>
      <p>
        The report is an editable Word document. The evidence file has one row per interview (UPN, name, year group,
        date, adviser, qualification, first or follow-up, minutes) for the school&rsquo;s careers system. Giving them to
        the school is a disclosure, so each download is logged.
      </p>
      <FormAlert id="report-files-problem" message={problem} />
      <div className="actions">
        {files.map(({ kind, label }) => (
          <BusyButton key={kind} isBusy={isBusy} className="button button-quiet" onClick={() => download(kind)}>
            {label}
          </BusyButton>
        ))}
      </div>
      <StatusMessage id="report-files-done" message={done} />
    </section>
  );
}
