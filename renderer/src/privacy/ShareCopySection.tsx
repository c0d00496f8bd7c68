// Sharing a copy of the action plan with someone: the service checks consent
// for that purpose and refuses in plain words without it; with it, the shared
// copy (sensitive parts left out) downloads and the disclosure is logged.
import { useRef, useState, type FormEvent } from 'react';
import type { planSharingPurposes } from '../../../shared/contract/sharing';
import { consentPurposeLabels } from '../../../shared/data-protection';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { CheckboxField } from '../components/CheckboxField';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { downloadBase64 } from '../files/download';
import type { Consent } from './ConsentSection';
import { RadioGroup } from './RadioGroup';

type Purpose = (typeof planSharingPurposes)[number];
type Props = { clientId: string; consent: Consent | null; onShared: () => void };

const purposeChoices: { value: Purpose; label: string }[] = [
  { value: 'shareWithTutor', label: 'Their tutor' },
  { value: 'shareWithParent', label: 'A parent or carer' },
  { value: 'uploadToSchoolSystem', label: "The school's system" },
];
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ShareCopySection({ clientId, consent, onShared }: Props) {
  const [purpose, setPurpose] = useState<Purpose>('shareWithTutor');
  const [recipient, setRecipient] = useState('');
  const [isEasyRead, setIsEasyRead] = useState(false);
  const [recipientError, setRecipientError] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const recipientRef = useRef<HTMLInputElement>(null);
  const isAgreed = consent !== null && !consent.withdrawnOn && consent.agreements[purpose];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone('');
      setProblem('');
      if (!recipient.trim()) {
        setRecipientError('Say who will receive the copy, such as "Ms Patel, form tutor".');
        recipientRef.current?.focus();
        return;
      }
      setRecipientError('');
      const result = await call('sharing.shareCopy', { clientId, purpose, recipient: recipient.trim(), isEasyRead });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      downloadBase64(result.value.fileName, result.value.dataBase64, docxType);
      setDone(
        `Shared with ${result.value.disclosure.recipient}: "${result.value.fileName}" is downloading. The disclosure is in the log below.`,
      );
      onShared();
    });
  };

  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share a copy of the action plan</h2>
      <p>
        The shared copy leaves out the parts of the plan marked sensitive. Waymark only makes it when the client has
        agreed to this kind of sharing, and records it in the disclosure log.
      </p>
      <form onSubmit={submit} noValidate>
        <RadioGroup
          id="share-purpose"
          legend="Who it is for"
          value={purpose}
          options={purposeChoices}
          onChange={setPurpose}
        />
        <p className="field-hint" id="share-consent-state">
          {isAgreed
            ? `Consent in force: ${consentPurposeLabels[purpose].toLowerCase()}.`
            : `No consent in force to ${consentPurposeLabels[purpose].toLowerCase()}: Waymark will refuse.`}
        </p>
        <TextField
          id="share-recipient"
          label="Recipient"
          hint="Their name and role, as it should appear in the disclosure log."
          value={recipient}
          onChange={setRecipient}
          error={recipientError}
          inputRef={recipientRef}
          inputProps={{ maxLength: 200 }}
        />
        <CheckboxField id="share-easy-read" label="Easy read version" isChecked={isEasyRead} onChange={setIsEasyRead} />
        <FormActions idPrefix="share" status={{ problem, done, isBusy }} busyLabel="Checking consent…">
          Share a copy
        </FormActions>
      </form>
    </section>
  );
}
