// Third-party information: records that may name someone else, each of which
// the adviser can mark to withhold from the bundle with a note said in its place.
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { TextField } from '../components/TextField';
import './subject-access.css';

type Withholdable = ChannelOutput<'subjectAccess.withholdable'>[number];
type Props = { clientId: string };

export function WithholdList({ clientId }: Props) {
  const records = useQuery('subjectAccess.withholdable', { clientId });
  const [done, setDone] = useState('');
  const changed = (message: string) => {
    setDone(message);
    records.reload();
  };
  const withheld = records.value?.filter((record) => record.withholding).length ?? 0;
  return (
    <details className="withhold" id="withhold">
      <summary>Third-party information{records.value ? ` (${withheld} withheld)` : ''}</summary>
      <p>
        Leave out what is about other people (another pupil, a sibling, a worker&apos;s opinion they gave in
        confidence). The bundle says &quot;Withheld&quot; with your note in its place, in every file, and the cover
        letter lists what was withheld.
      </p>
      <StatusMessage id="withhold-done" message={done} />
      {!records.value ? (
        <LoadingOrProblem query={records} what="records" problemWhat="The records" />
      ) : records.value.length === 0 ? (
        <p>No notes, actions, attachments or plans are held on this client.</p>
      ) : (
        <ul className="plain-list withhold-list" aria-label="Records that may name someone else">
          {records.value.map((record) => (
            <li key={`${record.kind} ${record.recordKey}`}>
              <WithholdItem clientId={clientId} record={record} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function WithholdItem({
  clientId,
  record,
  onChanged,
}: {
  clientId: string;
  record: Withholdable;
  onChanged: (message: string) => void;
}) {
  const [note, setNote] = useState(record.withholding?.note ?? '');
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const id = `withhold-${record.kind}-${record.recordKey}`.replace(/[^A-Za-z0-9-]/g, '-');
  const { withholding } = record;

  const withhold = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (!note.trim()) {
        setProblem('Say briefly why this is withheld, such as "Names another pupil".');
        return;
      }
      const result = await call('subjectAccess.withhold', {
        clientId,
        kind: record.kind,
        recordKey: record.recordKey,
        note: note.trim(),
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      onChanged(`${record.label} will be withheld.`);
    });
  };

  const release = () => {
    if (!withholding) return;
    void run(async () => {
      const result = await call('subjectAccess.release', { clientId, id: withholding.id });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      setNote('');
      onChanged(`${record.label} will be included in full.`);
    });
  };

  return (
    <form
      className={withholding ? 'withhold-item withhold-item-marked' : 'withhold-item'}
      onSubmit={withhold}
      noValidate
      aria-labelledby={`${id}-label`}
    >
      <p id={`${id}-label`} className="withhold-label">
        {record.label}
        {withholding ? <span className="withhold-state"> · Withheld</span> : null}
      </p>
      {record.excerpt ? <p className="withhold-excerpt">{record.excerpt}</p> : null}
      <TextField
        id={`${id}-note`}
        label="Note to show in its place"
        value={note}
        onChange={setNote}
        inputProps={{ maxLength: 300 }}
      />
      <FormAlert id={`${id}-problem`} message={problem} />
      <div className="actions">
        <BusyButton isBusy={isBusy} type="submit" className="button button-quiet">
          {withholding ? 'Save the note' : 'Withhold'}
        </BusyButton>
        {withholding ? (
          <button type="button" className="button button-quiet" onClick={release}>
            Include in full
          </button>
        ) : null}
      </div>
    </form>
  );
}
