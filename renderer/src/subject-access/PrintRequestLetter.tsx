// Prints the cover letter for a subject-access request, as it will go in the
// bundle, through the print preview (A4, the letter alone).
import { useState } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { PrintableHtml } from '../print/PrintableHtml';
import { PrintPreview } from '../print/PrintPreview';

type Props = { requestId: string; idPrefix: string };

export function PrintRequestLetter({ requestId, idPrefix }: Props) {
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();

  const open = () =>
    void run(async () => {
      const result = await call('subjectAccess.letter', { requestId });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      setHtml(result.value.html);
    });

  return (
    <div className="print-letter">
      {html === null ? (
        <BusyButton isBusy={isBusy} className="button button-quiet" onClick={open}>
          Print the letter…
        </BusyButton>
      ) : (
        <PrintPreview title="the cover letter" idPrefix={`${idPrefix}-letter`} onClose={() => setHtml(null)}>
          <PrintableHtml html={html} />
        </PrintPreview>
      )}
      <FormAlert id={`${idPrefix}-letter-problem`} message={problem} />
    </div>
  );
}
