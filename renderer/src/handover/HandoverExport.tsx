// Makes a handover file for one client: who is receiving it, and the adviser's
// confirmation that the client agreed. Main records the disclosure.
import { useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { displayName } from '../clients/client-names';
import { fieldDescribers } from '../components/field-describers';
import { FieldMessages } from '../components/FieldMessages';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { downloadBase64 } from '../files/download';
import { SafeguardingChoice } from './SafeguardingChoice';

export function HandoverExport({ clientId }: { clientId: string }) {
  const client = useQuery('clients.get', { id: clientId });
  const safeguarding = useQuery('safeguarding.forClient', { clientId });
  const [includeSafeguarding, setIncludeSafeguarding] = useState(false);
  const [recipient, setRecipient] = useState('');
  const [hasClientAgreed, setHasClientAgreed] = useState(false);
  const [errors, setErrors] = useState({ recipient: '', agreement: '' });
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);
  const name = client.value ? displayName(client.value) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      setDone('');
      const found = {
        recipient: recipient.trim() ? '' : 'Give the name of the adviser receiving the records.',
        agreement: hasClientAgreed
          ? ''
          : 'Tick to confirm the client has agreed. Without their agreement, nothing is handed over.',
      };
      setErrors(found);
      if (found.recipient || found.agreement) {
        document.getElementById(found.recipient ? 'handover-recipient' : 'handover-agreed')?.focus();
        return;
      }
      const result = await call('handover.export', { clientId, recipient, hasClientAgreed, includeSafeguarding });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      downloadBase64(result.value.fileName, result.value.dataBase64, 'application/json');
      setDone(
        `Saved ${result.value.fileName}. Send it to ${recipient.trim()} securely, for example in an encrypted email. The handover is recorded in the disclosure log.`,
      );
    });
  };

  return (
    <>
      <ScreenHeading>{name ? `Hand over ${name}’s records` : 'Hand over records'}</ScreenHeading>
      {client.problem ? (
        <LoadProblem what="This client's record" message={client.problem} onRetry={client.reload} />
      ) : null}
      {!client.value && !client.problem ? <Loading what="the client's record" /> : null}
      {client.value ? (
        <section className="panel" aria-labelledby="handover-export-heading">
          <h2 id="handover-export-heading">A file for the adviser taking over</h2>
          <p>
            The file holds everything you have recorded about {name}: their details, every interview with its notes,
            scores, actions and pictures, every version of their action plan, their consent records, their parents and
            carers, the group sessions they attended and their history. The other adviser imports it into their own
            Waymark. Safeguarding records are left out unless you decide to include them.
          </p>
          <form ref={formRef} onSubmit={submit} noValidate aria-busy={isBusy}>
            <TextField
              id="handover-recipient"
              label="Adviser receiving the records"
              hint="Their name and organisation, as it should appear in your disclosure log."
              value={recipient}
              onChange={setRecipient}
              error={errors.recipient}
              inputProps={{ maxLength: 200 }}
            />
            <div className={errors.agreement ? 'field field-invalid' : 'field'}>
              <FieldMessages id="handover-agreed" error={errors.agreement} />
              <div className="checkbox">
                <input
                  id="handover-agreed"
                  type="checkbox"
                  checked={hasClientAgreed}
                  onChange={(event) => setHasClientAgreed(event.target.checked)}
                  aria-invalid={errors.agreement ? true : undefined}
                  aria-describedby={fieldDescribers('handover-agreed', {
                    hasError: Boolean(errors.agreement),
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
                isIncluded={includeSafeguarding}
                onChange={setIncludeSafeguarding}
              />
            ) : null}
            <FormAlert id="handover-export-problem" message={problem} />
            <div className="actions">
              <SubmitButton isBusy={isBusy} busyLabel="Making the file…">
                Make the handover file
              </SubmitButton>
            </div>
          </form>
          <StatusMessage id="handover-export-status" message={done} />
        </section>
      ) : null}
    </>
  );
}
