// Erasing the client: kept apart from everything else on the page, it says what
// will happen, asks why, and asks the adviser to type the client's name before
// anything is erased. Afterwards only a tombstone with no personal data remains.
import type { FormEvent } from 'react';
import type { Client } from '../../../shared/contract/clients';
import { erasureChannels } from '../../../shared/contract/erasure';
import { call } from '../api/client';
import { useNavigation } from '../app/navigation';
import { checkWith, useDraftForm } from '../app/use-form';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { displayName } from '../clients/client-names';
import { formatDate } from '../format/dates';
import './erasure.css';

type Props = { clientId: string; client: Client };

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** The names that confirm: the surname alone, or the full name as shown or as on the roll. */
function isConfirmedBy(typed: string, client: Client): boolean {
  const accepted = [client.surname, displayName(client), `${client.forename} ${client.surname}`].map(normalise);
  return typed.trim() !== '' && accepted.includes(normalise(typed));
}

export function EraseSection({ clientId, client }: Props) {
  const { back } = useNavigation();
  const { draft, field, formRef, status, submit } = useDraftForm(
    'erase',
    { reason: '', typedName: '' },
    erasureChannels['erasure.eraseClient'].input,
  );
  const name = displayName(client);

  const erase = (event: FormEvent) =>
    submit(event, {
      check: () =>
        checkWith(
          erasureChannels['erasure.eraseClient'].input,
          { clientId, reason: draft.reason },
          {
            found: isConfirmedBy(draft.typedName, client)
              ? {}
              : { typedName: `Type ${client.surname} (or their full name) exactly, to show this is the right person.` },
          },
        ),
      send: (input) => call('erasure.eraseClient', input),
      onSent: ({ tombstone, erasedOn }) =>
        // Back past the client's own page, which no longer exists.
        back({
          name: 'data-protection',
          view: 'audit',
          notice: `Erased. Tombstone ${tombstone}, ${formatDate(erasedOn)}. No personal data was kept.`,
        }),
    });

  return (
    <section className="panel erase-panel" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase this client</h2>
      <p>Erasing removes everything held on {name}, for good:</p>
      <ul>
        <li>
          their record, interviews and notes, action plans and every version, attachments, consents, requests and marks;
        </li>
        <li>their entries in search, and any trace in the vault&apos;s files;</li>
        <li>their name from the disclosure log, whose entries stay, anonymised, as your accountability record.</li>
      </ul>
      <p>
        What stays is a tombstone in the audit log: a random id, the date and your reason, with no personal data. If an
        older backup is ever restored, the erasure is applied again. It cannot be undone. If the client asked, tell
        anyone you shared their records with (see Disclosures above).
      </p>
      <form ref={formRef} onSubmit={erase} noValidate>
        <TextAreaField
          {...field('reason')}
          label="Reason for erasure"
          hint="Do not include their name: it is replaced if you do."
          rows={2}
        />
        <TextField
          {...field('typedName')}
          label={`Type the client’s surname to confirm`}
          hint={`Their surname is ${client.surname}.`}
          inputProps={{ autoComplete: 'off', maxLength: 200 }}
        />
        {/* Not FormActions: the button is the danger kind, and the page leaves once it is done. */}
        <FormAlert id="erase-problem" message={status.problem} />
        <BusyButton isBusy={status.isBusy} busyLabel="Erasing…" type="submit" className="button button-danger">
          {`Erase ${name} permanently`}
        </BusyButton>
      </form>
    </section>
  );
}
