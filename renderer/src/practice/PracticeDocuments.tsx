// The practice's details and the documents drafted from them: a privacy notice
// and a record of processing, as Word documents.
import { call } from '../api/client';
import { useForm } from '../app/use-form';
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
  const { status, submit } = useForm();
  const { problem, done, isBusy } = status;

  const download = (document: (typeof documents)[number]['document']) =>
    submit(null, {
      check: () => ({ value: { document } }),
      send: (input) => call('practice.document', input),
      onSent: ({ fileName, dataBase64 }) => {
        downloadBase64(fileName, dataBase64, docxMediaType);
        return `Downloaded ${fileName}.`;
      },
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
