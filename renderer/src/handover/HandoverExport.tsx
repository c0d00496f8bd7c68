// Makes a handover file for one client: who is receiving it, and the adviser's
// confirmation that the client agreed. Main records the disclosure.
import type { FormEvent } from 'react';
import { handoverChannels } from '../../../shared/contract/handover';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { checkWith, useDraftForm } from '../app/use-form';
import { displayName } from '../clients/client-names';
import { fieldDescribers } from '../components/field-describers';
import { FieldMessages } from '../components/FieldMessages';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { downloadBase64 } from '../files/download';
import { SafeguardingChoice } from './SafeguardingChoice';

// The schema takes a false as an answer; the form refuses it, as main does.
const notAgreed = 'Tick to confirm the client has agreed. Without their agreement, nothing is handed over.';

export function HandoverExport({ clientId }: { clientId: string }) {
  const client = useQuery('clients.get', { id: clientId });
  const safeguarding = useQuery('safeguarding.forClient', { clientId });
  const { draft, change, field, formRef, errors, status, submit } = useDraftForm(
    'handover',
    { recipient: '', hasClientAgreed: false, includeSafeguarding: false },
    handoverChannels['handover.export'].input,
  );
  const name = client.value ? displayName(client.value) : '';

  const makeFile = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          handoverChannels['handover.export'].input,
          { clientId, ...draft },
          { found: draft.hasClientAgreed ? {} : { hasClientAgreed: notAgreed } },
        ),
      send: (input) => call('handover.export', input),
      onSent: ({ fileName, dataBase64 }) => {
        downloadBase64(fileName, dataBase64, 'application/json');
        return `Saved ${fileName}. Send it to ${draft.recipient.trim()} securely, for example in an encrypted email. The handover is recorded in the disclosure log.`;
      },
    });

  return (
    <>
      <ScreenHeading>{name ? `Hand over ${name}’s records` : 'Hand over records'}</ScreenHeading>
      {client.value ? (
        <section className="panel" aria-labelledby="handover-export-heading">
          <h2 id="handover-export-heading">A file for the adviser taking over</h2>
          <p>
            The file holds everything you have recorded about {name}: their details, every interview with its notes,
            scores, actions and pictures, every version of their action plan, their consent records, their parents and
            carers, the group sessions they attended and their history. The other adviser imports it into their own
            Waymark. Safeguarding records are left out unless you decide to include them.
          </p>
          <form ref={formRef} onSubmit={makeFile} noValidate aria-busy={status.isBusy}>
            <TextField
              {...field('recipient')}
              label="Adviser receiving the records"
              hint="Their name and organisation, as it should appear in your disclosure log."
            />
            <div className={errors.hasClientAgreed ? 'field field-invalid' : 'field'}>
              <FieldMessages id="handover-agreed" error={errors.hasClientAgreed} />
              <div className="checkbox">
                <input
                  id="handover-agreed"
                  type="checkbox"
                  checked={draft.hasClientAgreed}
                  onChange={(event) => change({ hasClientAgreed: event.target.checked })}
                  aria-invalid={errors.hasClientAgreed ? true : undefined}
                  aria-describedby={fieldDescribers('handover-agreed', {
                    hasError: Boolean(errors.hasClientAgreed),
                    hasHint: true,
                  })}
                />
                <label htmlFor="handover-agreed">{name} has agreed to their records going to this adviser</label>
                <span id="handover-agreed-hint" className="field-hint checkbox-hint">
                  Or their parent or carer, where they are too young to decide for themselves.
                </span>
              </div>
            </div>
            {safeguarding.value ? (
              <SafeguardingChoice
                concernCount={safeguarding.value.concerns.length}
                isIncluded={draft.includeSafeguarding}
                onChange={(includeSafeguarding) => change({ includeSafeguarding })}
              />
            ) : null}
            <FormAlert id="handover-export-problem" message={status.problem} />
            <div className="actions">
              <SubmitButton isBusy={status.isBusy} busyLabel="Making the file…">
                Make the handover file
              </SubmitButton>
            </div>
          </form>
          <StatusMessage id="handover-export-status" message={status.done} />
        </section>
      ) : (
        <LoadingOrProblem query={client} what="the client's record" problemWhat="This client's record" />
      )}
    </>
  );
}
