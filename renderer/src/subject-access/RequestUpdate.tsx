// Changes one request in place: its status, and an extension with the reason
// and the date the person was told.
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';
import { fieldsOf } from '../app/draft-fields';
import { lengthLimitsOf } from '../../../shared/contract/length-limits';
import { useForm } from '../app/use-form';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { formatDate } from '../format/dates';
import { requestStatusLabels, type RequestStatus } from '../data-protection/labels';
import { checkExtension, extensionInput, type ExtensionDraft } from './request-extension';

type Entry = ChannelOutput<'subjectAccess.register'>[number];
type Props = { entry: Entry; today: string; onChanged: (message: string) => void };

const statusOptions = (Object.keys(requestStatusLabels) as RequestStatus[]).map((value) => ({
  value,
  label: requestStatusLabels[value],
}));

export function RequestUpdate({ entry, today, onChanged }: Props) {
  const [status, setStatus] = useState<RequestStatus>(entry.status);
  const [extension, setExtension] = useState<ExtensionDraft>({ reason: '', toldOn: today });
  const { status: statusSaving, submit: submitStatus } = useForm();
  const { formRef, errors, status: extending, submit: submitExtension } = useForm();
  const prefix = `request-${entry.id}`;
  const field = fieldsOf(
    prefix,
    extension,
    (changes) => setExtension({ ...extension, ...changes }),
    errors,
    lengthLimitsOf(extensionInput),
  );
  const canExtend = !entry.extensionToldOn && (entry.status === 'received' || entry.status === 'in-progress');

  const saveStatus = (event: FormEvent) =>
    submitStatus(event, {
      check: () => ({ value: { id: entry.id, status, on: today } }),
      send: (input) => call('subjectAccess.setRequestStatus', input),
      onSent: () =>
        onChanged(`The request about ${entry.clientName} is now marked ${requestStatusLabels[status].toLowerCase()}.`),
    });

  const extend = (event: FormEvent) =>
    submitExtension(event, {
      check: () => checkExtension(entry.id, extension),
      send: (input) => call('subjectAccess.extendRequest', input),
      onSent: ({ dueOn }) =>
        onChanged(`The request about ${entry.clientName} is extended: it is now due on ${formatDate(dueOn)}.`),
    });

  return (
    <div className="dp-inline-forms">
      <form onSubmit={saveStatus} aria-labelledby={`${prefix}-status-heading`} noValidate>
        <h3 id={`${prefix}-status-heading`}>Status</h3>
        <SelectField
          id={`${prefix}-status`}
          label="Status of the request"
          value={status}
          options={statusOptions}
          onChange={(value) => setStatus(value as RequestStatus)}
        />
        <FormActions idPrefix={`${prefix}-status`} status={statusSaving}>
          Save status
        </FormActions>
      </form>
      {canExtend ? (
        <form ref={formRef} onSubmit={extend} aria-labelledby={`${prefix}-extend-heading`} noValidate>
          <h3 id={`${prefix}-extend-heading`}>Extend by two months</h3>
          <TextAreaField {...field('reason')} label="Why the request is complex" rows={3} />
          <DateField
            {...field('toldOn')}
            label="Date the person was told"
            hint="They must be told within the first month."
          />
          <FormActions idPrefix={`${prefix}-extend`} status={extending} busyLabel="Extending…">
            Extend the deadline
          </FormActions>
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
