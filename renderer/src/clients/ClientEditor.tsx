// The client form at work. It checks itself with the contract's schema first
// (so problems are marked on their fields), then main checks again; anything
// main refuses is shown above the buttons.
import { useState, type FormEvent } from 'react';
import type { Client, ClientFields } from '../../../shared/contract/clients';
import type { OrganisationSummary } from '../api/contract-types';
import { call } from '../api/client';
import { useNavigation } from '../app/navigation';
import { recordFormStateOf } from '../app/record-form';
import { useForm, type Checked } from '../app/use-form';
import { checkClientDraft, draftFromClient, newClientDraft, type ClientDraft } from './client-draft';
import { ClientForm } from './ClientForm';

/**
 * After a correction, the people the records were shared with should be told
 * (Article 19): the notice names them from the disclosure log.
 */
async function savedNotice(before: Client, after: Client): Promise<string> {
  if (after.corrections.length <= before.corrections.length) return 'Changes saved.';
  const disclosures = await call('disclosures.list', { clientId: after.id });
  const recipients = disclosures.ok
    ? [...new Set(disclosures.value.filter((entry) => !entry.isAnonymised).map((entry) => entry.recipient))]
    : [];
  if (recipients.length === 0) return 'Changes saved. The correction is in the corrections log.';
  return `Changes saved. The correction is in the corrections log. Their records have been shared with ${recipients.join(', ')}: let them know about the correction.`;
}

type Props = { client: Client | null; organisations: OrganisationSummary[]; organisationId: string | null };

export function ClientEditor({ client, organisations, organisationId }: Props) {
  const { back, replace } = useNavigation();
  const [draft, setDraft] = useState<ClientDraft>(() =>
    client ? draftFromClient(client) : newClientDraft(organisationId ?? organisations[0]?.id ?? ''),
  );
  const [correctionReason, setCorrectionReason] = useState('');
  const form = useForm();
  // An archived organisation's client keeps it as a choice.
  const choices =
    client && !organisations.some((organisation) => organisation.id === client.organisationId)
      ? [
          ...organisations,
          {
            id: client.organisationId,
            name: `${client.organisationName} (archived)`,
            kind: 'school' as const,
            isArchived: true,
            clientCount: 0,
            agreement: null,
          },
        ]
      : organisations;

  const submit = (event: FormEvent) =>
    form.submit(event, {
      check: (): Checked<ClientFields> => {
        const checked = checkClientDraft(draft);
        if (!checked.errors) return { value: checked.fields };
        const errors = {
          ...checked.errors,
          ...(draft.organisationId ? {} : { organisationId: 'Choose the organisation this client belongs to.' }),
        };
        return { errors };
      },
      // An edit corrects facts in place; main logs which fields changed, when, and this reason.
      send: (fields) => call('clients.save', client ? { ...fields, id: client.id, correctionReason } : fields),
      onSent: async (saved) => {
        if (client) back({ name: 'client', clientId: client.id, notice: await savedNotice(client, saved) });
        else replace({ name: 'client', clientId: saved.id, notice: 'Client added.' });
      },
    });

  if (organisations.length === 0) {
    return <p>Add an organisation first: every client belongs to a school, college or your private practice.</p>;
  }
  return (
    <ClientForm
      draft={draft}
      organisations={choices}
      {...recordFormStateOf(form)}
      submitLabel={client ? 'Save changes' : 'Add client'}
      onChange={setDraft}
      onSubmit={submit}
      onCancel={() => back()}
      correction={client ? { reason: correctionReason, onChange: setCorrectionReason } : undefined}
    />
  );
}
