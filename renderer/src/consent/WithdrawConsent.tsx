// Withdrawing consent: from a date, with a note. Sharing stops from that date.
import type { FormEvent } from 'react';
import { consentChannels } from '../../../shared/contract/consent';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';
import { formatDate, todayInLondon } from '../format/dates';
import { dateHint } from '../privacy/privacy-labels';

type Props = { clientId: string; onWithdrawn: (message: string) => void };

export function WithdrawConsent({ clientId, onWithdrawn }: Props) {
  const { draft, change, field, formRef, status, submit } = useDraftForm(
    'withdraw',
    () => ({
      withdrawnOn: todayInLondon(),
      note: '',
    }),
    consentChannels['consent.withdraw'].input,
  );

  const withdraw = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(consentChannels['consent.withdraw'].input, {
          clientId,
          withdrawnOn: draft.withdrawnOn,
          note: draft.note.trim(),
        }),
      send: (input) => call('consent.withdraw', input),
      onSent: () => {
        change({ note: '' });
        onWithdrawn(
          `Consent withdrawn from ${formatDate(draft.withdrawnOn)}. Nothing about this client will be shared from that date.`,
        );
      },
    });

  return (
    <form ref={formRef} className="form-subsection" onSubmit={withdraw} noValidate aria-labelledby="withdraw-heading">
      <h3 id="withdraw-heading">Withdraw consent</h3>
      <p className="field-hint">
        From this date Waymark refuses to share anything about this client. What was shared before stays in the
        disclosure log.
      </p>
      <DateField
        {...field('withdrawnOn')}
        label="Withdrawn on"
        hint={dateHint(draft.withdrawnOn, 'The day they withdrew it.')}
      />
      <TextAreaField {...field('note')} label="Note" hint="How they told you, and anything they asked for." rows={2} />
      <FormActions idPrefix="withdraw" status={status} busyLabel="Withdrawing…">
        Withdraw consent
      </FormActions>
    </form>
  );
}
