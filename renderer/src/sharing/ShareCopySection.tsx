// Sharing a copy of the action plan with someone: the service checks consent
// for that purpose and refuses in plain words without it; with it, the shared
// copy (sensitive parts left out) downloads and the disclosure is logged.
import type { FormEvent } from 'react';
import { sharingChannels, type planSharingPurposes } from '../../../shared/contract/sharing';
import { consentPurposeLabels } from '../../../shared/consent';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
import { CheckboxField } from '../components/CheckboxField';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { downloadBase64 } from '../files/download';
import type { Consent } from '../consent/ConsentSection';
import { RadioGroup } from '../privacy/RadioGroup';

type Purpose = (typeof planSharingPurposes)[number];
type Props = { clientId: string; consent: Consent | null; onShared: () => void };

const purposeChoices: { value: Purpose; label: string }[] = [
  { value: 'shareWithTutor', label: 'Their tutor' },
  { value: 'shareWithParent', label: 'A parent or carer' },
  { value: 'uploadToSchoolSystem', label: "The school's system" },
];
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ShareCopySection({ clientId, consent, onShared }: Props) {
  const { draft, change, field, checkbox, formRef, status, submit } = useDraftForm(
    'share',
    {
      purpose: 'shareWithTutor' as Purpose,
      recipient: '',
      isEasyRead: false,
    },
    sharingChannels['sharing.shareCopy'].input,
  );
  const isAgreed = consent !== null && !consent.withdrawnOn && consent.agreements[draft.purpose];

  const share = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(sharingChannels['sharing.shareCopy'].input, { clientId, ...draft }),
      send: (input) => call('sharing.shareCopy', input),
      onSent: ({ fileName, dataBase64, disclosure }) => {
        downloadBase64(fileName, dataBase64, docxType);
        onShared();
        return `Shared with ${disclosure.recipient}: "${fileName}" is downloading. The disclosure is in the log below.`;
      },
    });

  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share a copy of the action plan</h2>
      <p>
        The shared copy leaves out the parts of the plan marked sensitive. Waymark only makes it when the client has
        agreed to this kind of sharing, and records it in the disclosure log.
      </p>
      <form ref={formRef} onSubmit={share} noValidate>
        <RadioGroup
          id="share-purpose"
          legend="Who it is for"
          value={draft.purpose}
          options={purposeChoices}
          onChange={(purpose) => change({ purpose })}
        />
        <p className="field-hint" id="share-consent-state">
          {isAgreed
            ? `Consent in force: ${consentPurposeLabels[draft.purpose].toLowerCase()}.`
            : `No consent in force to ${consentPurposeLabels[draft.purpose].toLowerCase()}: Waymark will refuse.`}
        </p>
        <TextField
          {...field('recipient')}
          label="Recipient"
          hint="Their name and role, as it should appear in the disclosure log."
        />
        <CheckboxField {...checkbox('isEasyRead')} label="Easy read version" />
        <FormActions idPrefix="share" status={status} busyLabel="Checking consent…">
          Share a copy
        </FormActions>
      </form>
    </section>
  );
}
