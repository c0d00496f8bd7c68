// The practice's details and the documents drafted from them: a privacy notice
// and a record of processing, as Word documents.
import { useState } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { downloadBase64 } from '../files/download';
import { PracticeDetailsForm } from './PracticeDetailsForm';

const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const documents = [
  { document: 'privacy-notice', label: 'Download the privacy notice (draft)' },
  { document: 'record-of-processing', label: 'Download the record of processing' },
] as const;

export function PracticeDocuments() {
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  const download = (document: (typeof documents)[number]['document']) =>
    void run(async () => {
      setProblem('');
      setDone('');
      const result = await call('practice.document', { document });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      downloadBase64(result.value.fileName, result.value.dataBase64, docxMediaType);
      setDone(`Downloaded ${result.value.fileName}.`);
    });

  return (
    <>
      <PracticeDetailsForm />
      <section aria-labelledby="documents-heading" className="panel">
        <h2 id="documents-heading">Your documents</h2>
        <p>
          Drafts made from your details above, your retention schedule and your disclosure log. The privacy notice is
          for your clients; the record of processing is the record the law asks a data controller to keep. Read both and
          adjust them to how you work.
        </p>
        <FormAlert id="documents-problem" message={problem} />
        <div className="actions">
          {documents.map(({ document, label }) => (
            <BusyButton
              key={document}
              isBusy={isBusy}
              className="button button-quiet"
              onClick={() => download(document)}
            >
              {label}
            </BusyButton>
          ))}
        </div>
        <StatusMessage id="documents-done" message={done} />
      </section>
    </>
  );
}
