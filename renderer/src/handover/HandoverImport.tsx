// Takes in a handover file from another adviser: choose the file, see whose
// records it holds and how many, then import them all at once (or nothing).
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { handoverMaxBytes, handoverMaxBytesLabel, type HandoverPreview } from '../../../shared/contract/handover';
import { call } from '../api/client';
import { useNavigation } from '../app/navigation';
import { useForm } from '../app/use-form';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FileField } from '../components/FileField';
import { FormAlert } from '../components/FormAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { describeSize } from '../files/read-file';
import { HandoverSummary } from './HandoverSummary';

type Checked = { json: string; fileName: string; preview: HandoverPreview };
type Imported = { clientId: string; clientName: string };

export function HandoverImport() {
  const { navigate } = useNavigation();
  const [fileError, setFileError] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const { isBusy, run } = useSubmission();
  const importing = useForm();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // The result replaces the preview: keyboard and screen-reader users start at it.
  useEffect(() => {
    if (imported) resultRef.current?.focus();
  }, [imported]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    setChecked(null);
    setImported(null);
    importing.setProblem('');
    if (!file) return;
    void run(async () => {
      // Refused before reading: a huge file would only be read to be turned away.
      if (file.size > handoverMaxBytes) {
        setFileError(
          `${file.name} is ${describeSize(file.size)}, larger than the ${handoverMaxBytesLabel} a handover file can be. Nothing was imported.`,
        );
        return;
      }
      const json = await file.text();
      const result = await call('handover.preview', { json });
      if (!result.ok) {
        setFileError(result.error.message);
        return;
      }
      setFileError('');
      setChecked({ json, fileName: file.name, preview: result.value });
    });
  };

  const importFile = (json: string) =>
    importing.submit(null, {
      check: () => ({ value: { json } }),
      send: (input) => call('handover.import', input),
      onSent: ({ clientId, clientName }) => {
        setChecked(null);
        setImported({ clientId, clientName });
        if (fileRef.current) fileRef.current.value = '';
      },
    });

  return (
    <>
      <ScreenHeading>Import a handover file</ScreenHeading>
      <p>
        When a client moves to you from another adviser, with their consent, that adviser sends you a handover file from
        their Waymark. Importing it brings the client and their whole history into your vault.
      </p>
      {imported ? (
        <section className="panel notice-done handover-result" aria-labelledby="handover-result-heading">
          <h2 id="handover-result-heading" ref={resultRef} tabIndex={-1}>
            {imported.clientName} is in your caseload
          </h2>
          <p>
            Their interviews, action plan, consent records and history came with them. The import is recorded in your
            audit log.
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => navigate({ name: 'client', clientId: imported.clientId })}
          >
            Open {imported.clientName}’s record
          </button>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="handover-file-heading">
        <h2 id="handover-file-heading">{imported ? 'Import another file' : 'Choose the file'}</h2>
        <FileField
          id="handover-file"
          label="Handover file"
          hint="The .json file the other adviser made with Hand over records. Nothing is imported until you have checked who it is for."
          error={fileError}
          accept=".json,application/json"
          onChange={choose}
          isBusy={isBusy}
          inputRef={fileRef}
        />
      </section>
      {checked ? (
        <section className="panel" aria-labelledby="handover-preview-heading">
          <h2 id="handover-preview-heading">Check before importing</h2>
          <HandoverSummary preview={checked.preview} fileName={checked.fileName} />
          <FormAlert id="handover-import-problem" message={importing.status.problem} />
          <div className="actions">
            <BusyButton
              isBusy={importing.status.isBusy}
              busyLabel="Importing…"
              onClick={() => importFile(checked.json)}
            >
              {`Import ${checked.preview.clientName}`}
            </BusyButton>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setChecked(null);
                if (fileRef.current) fileRef.current.value = '';
                fileRef.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
