// One subject-access request: its dates and status, with the extension and
// status changes the adviser can make.
import type { FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { identityCheckSchema, type IdentityCheck } from '../../../shared/contract/subject-access';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { FormAlert } from '../components/FormAlert';
import { OpensInPlace } from '../components/OpensInPlace';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { requestStatusLabels } from '../data-protection/labels';
import { checkExtension, extensionInput, type ExtensionDraft } from './request-extension';
import { formatDate, todayInLondon } from '../format/dates';
import { IdentityCheckFields } from './IdentityCheckFields';
import { PrintRequestLetter } from './PrintRequestLetter';
import { dateHint, relationshipLabels } from '../privacy/privacy-labels';

type Request = ChannelOutput<'subjectAccess.requestsFor'>[number];
type Status = Request['status'];
type Props = { request: Request; onChanged: (message: string) => void };

export function RequestCard({ request, onChanged }: Props) {
  const idPrefix = `request-${request.id}`;
  const { draft, change, field, status: saving, submit } = useDraftForm(idPrefix, { status: request.status });
  const { status } = draft;
  const isOpen = request.status === 'received' || request.status === 'in-progress';
  const headingId = `${idPrefix}-heading`;

  const saveStatus = (event: FormEvent) => {
    if (status === request.status) {
      event.preventDefault();
      return;
    }
    submit(event, {
      check: () => ({ value: { id: request.id, status, on: todayInLondon() } }),
      send: (input) => call('subjectAccess.setRequestStatus', input),
      onSent: () =>
        onChanged(
          `The request received on ${formatDate(request.receivedOn)} is now ${requestStatusLabels[status].toLowerCase()}.`,
        ),
    });
  };

  return (
    <article className="request-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Request received {formatDate(request.receivedOn)}: due by {formatDate(request.dueOn)}
      </h3>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>From</dt>
          <dd>
            {request.requesterName} ({relationshipLabels[request.relationship].toLowerCase()})
            {request.requesterAddress ? <span className="request-address">, {request.requesterAddress}</span> : null}
          </dd>
        </div>
        <div className="summary-row">
          <dt>Identity</dt>
          <dd>
            {request.identityCheckedOn
              ? `Checked by ${request.identityCheckedBy} on ${formatDate(request.identityCheckedOn)}: ${request.identityCheckMethod}`
              : request.isIdentityChecked
                ? 'Checked (who, how and when were not recorded)'
                : 'Not yet checked'}
          </dd>
        </div>
        {request.sentOn ? (
          <div className="summary-row">
            <dt>Sent</dt>
            <dd>{formatDate(request.sentOn)}</dd>
          </div>
        ) : null}
        <div className="summary-row">
          <dt>Status</dt>
          <dd>
            {requestStatusLabels[request.status]}
            {request.completedOn ? ` on ${formatDate(request.completedOn)}` : ''}
          </dd>
        </div>
        {request.extensionToldOn ? (
          <div className="summary-row">
            <dt>Extended</dt>
            <dd>
              {request.extensionReason} (told them on {formatDate(request.extensionToldOn)})
            </dd>
          </div>
        ) : null}
      </dl>
      <FormAlert id={`${idPrefix}-problem`} message={saving.problem} />
      <form className="request-status" onSubmit={saveStatus} noValidate>
        <SelectField
          {...field('status')}
          label="Change status"
          options={(Object.keys(requestStatusLabels) as Status[]).map((value) => ({
            value,
            label: requestStatusLabels[value],
          }))}
          onChange={(value) => change({ status: value as Status })}
        />
        <button
          type="submit"
          className="button button-quiet"
          aria-disabled={saving.isBusy || status === request.status ? true : undefined}
        >
          Save status
        </button>
      </form>
      {isOpen && !request.identityCheckedOn ? (
        <OpensInPlace opener="Record the identity check…">
          {(close) => (
            <RecordIdentityCheck requestId={request.id} idPrefix={idPrefix} onRecorded={onChanged} onClose={close} />
          )}
        </OpensInPlace>
      ) : null}
      {isOpen && !request.extensionToldOn ? (
        <OpensInPlace opener="Extend the deadline…">
          {(close) => (
            <ExtendDeadline requestId={request.id} idPrefix={idPrefix} onExtended={onChanged} onClose={close} />
          )}
        </OpensInPlace>
      ) : null}
      <PrintRequestLetter requestId={request.id} idPrefix={idPrefix} />
    </article>
  );
}

function RecordIdentityCheck({
  requestId,
  idPrefix,
  onRecorded,
  onClose,
}: {
  requestId: string;
  idPrefix: string;
  onRecorded: (message: string) => void;
  onClose: () => void;
}) {
  const { draft, setDraft, formRef, errors, status, submit } = useDraftForm<IdentityCheck>(
    `${idPrefix}-identity`,
    () => ({
      checkedBy: '',
      method: '',
      checkedOn: todayInLondon(),
    }),
  );
  const save = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(identityCheckSchema, draft),
      send: (identityCheck) => call('subjectAccess.recordIdentityCheck', { id: requestId, identityCheck }),
      onSent: (recorded) => {
        onClose();
        onRecorded(`Identity check recorded: ${recorded.identityCheckMethod}, by ${recorded.identityCheckedBy}.`);
      },
    });
  return (
    <form ref={formRef} className="form-subsection" onSubmit={save} noValidate aria-label="Record the identity check">
      <IdentityCheckFields idPrefix={`${idPrefix}-identity`} value={draft} onChange={setDraft} errors={errors} />
      <FormActions idPrefix={`${idPrefix}-identity`} status={status} onCancel={onClose} cancelLabel="Not now">
        Save the identity check
      </FormActions>
    </form>
  );
}

function ExtendDeadline({
  requestId,
  idPrefix,
  onExtended,
  onClose,
}: {
  requestId: string;
  idPrefix: string;
  onExtended: (message: string) => void;
  onClose: () => void;
}) {
  const { draft, field, formRef, status, submit } = useDraftForm<ExtensionDraft>(
    idPrefix,
    () => ({ reason: '', toldOn: todayInLondon() }),
    extensionInput,
  );
  const extend = (event: FormEvent) =>
    submit(event, {
      check: () => checkExtension(requestId, draft),
      send: (input) => call('subjectAccess.extendRequest', input),
      onSent: ({ dueOn }) => {
        onClose();
        onExtended(`Extended. The request is now due by ${formatDate(dueOn)}.`);
      },
    });
  return (
    <form ref={formRef} className="form-subsection" onSubmit={extend} noValidate>
      <TextAreaField {...field('reason')} label="Why it needs more time" rows={2} />
      <DateField
        {...field('toldOn')}
        label="Date you told them"
        hint={dateHint(draft.toldOn, 'Within the first month.')}
      />
      <FormActions
        idPrefix={`${idPrefix}-extend`}
        status={status}
        busyLabel="Extending…"
        onCancel={onClose}
        cancelLabel="Keep the deadline"
      >
        Extend by two months
      </FormActions>
    </form>
  );
}
