// Changes one request in place: its status, and an extension with the reason
// and the date the person was told.
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { formatDate } from '../format/dates';
import { requestStatusLabels, type RequestStatus } from './labels';

type Entry = ChannelOutput<'requests.all'>[number];
type Props = { entry: Entry; today: string; onChanged: (message: string) => void };

const statusOptions = (Object.keys(requestStatusLabels) as RequestStatus[]).map((value) => ({
  value,
  label: requestStatusLabels[value],
}));

export function RequestUpdate({ entry, today, onChanged }: Props) {
  const [status, setStatus] = useState<RequestStatus>(entry.status);
  const [reason, setReason] = useState('');
  const [toldOn, setToldOn] = useState(today);
  const [statusProblem, setStatusProblem] = useState('');
  const [extendProblem, setExtendProblem] = useState('');
  const statusSubmission = useSubmission();
  const extendSubmission = useSubmission();
  const prefix = `request-${entry.id}`;
  const canExtend = !entry.extensionToldOn && (entry.status === 'received' || entry.status === 'in-progress');

  const saveStatus = (event: FormEvent) => {
    event.preventDefault();
    void statusSubmission.run(async () => {
      setStatusProblem('');
      const result = await call('requests.setStatus', { id: entry.id, status, on: today });
      if (!result.ok) return setStatusProblem(result.error.message);
      onChanged(`The request about ${entry.clientName} is now marked ${requestStatusLabels[status].toLowerCase()}.`);
    });
  };

  const extend = (event: FormEvent) => {
    event.preventDefault();
    void extendSubmission.run(async () => {
      setExtendProblem('');
      if (!reason.trim()) return setExtendProblem('Say why the request needs more time.');
      const result = await call('requests.extend', { id: entry.id, reason: reason.trim(), toldOn });
      if (!result.ok) return setExtendProblem(result.error.message);
      onChanged(
        `The request about ${entry.clientName} is extended: it is now due on ${formatDate(result.value.dueOn)}.`,
      );
    });
  };

  return (
    <div className="dp-inline-forms">
      <form onSubmit={saveStatus} aria-labelledby={`${prefix}-status-heading`} noValidate>
        <h3 id={`${prefix}-status-heading`}>Status</h3>
        <FormAlert id={`${prefix}-status-problem`} message={statusProblem} />
        <SelectField
          id={`${prefix}-status`}
          label="Status of the request"
          value={status}
          options={statusOptions}
          onChange={(value) => setStatus(value as RequestStatus)}
        />
        <SubmitButton isBusy={statusSubmission.isBusy} busyLabel="Saving…">
          Save status
        </SubmitButton>
      </form>
      {canExtend ? (
        <form onSubmit={extend} aria-labelledby={`${prefix}-extend-heading`} noValidate>
          <h3 id={`${prefix}-extend-heading`}>Extend by two months</h3>
          <FormAlert id={`${prefix}-extend-problem`} message={extendProblem} />
          <TextAreaField
            id={`${prefix}-reason`}
            label="Why the request is complex"
            value={reason}
            onChange={setReason}
            rows={3}
            maxLength={1000}
          />
          <DateField
            id={`${prefix}-told`}
            label="Date the person was told"
            value={toldOn}
            onChange={setToldOn}
            hint="They must be told within the first month."
          />
          <SubmitButton isBusy={extendSubmission.isBusy} busyLabel="Extending…">
            Extend the deadline
          </SubmitButton>
        </form>
      ) : entry.extensionReason ? (
        <div>
          <h3>Extension</h3>
          <p>{entry.extensionReason}</p>
        </div>
      ) : null}
    </div>
  );
}
