// The organisation form at work: checks with the shared schema, saves, and
// opens the organisation's overview once it is saved.
import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { Organisation, OrganisationInput } from '../api/contract-types';
import { useNavigation } from '../app/navigation';
import { recordFormStateOf } from '../app/record-form';
import { useForm, type Checked } from '../app/use-form';
import {
  checkOrganisationDraft,
  draftFromOrganisation,
  newOrganisationDraft,
  type OrganisationDraft,
} from './organisation-draft';
import { OrganisationForm } from './OrganisationForm';

type Props = { organisation: Organisation | null };

export function OrganisationEditor({ organisation }: Props) {
  const { back, replace } = useNavigation();
  const [draft, setDraft] = useState<OrganisationDraft>(() =>
    organisation ? draftFromOrganisation(organisation) : newOrganisationDraft(),
  );
  const form = useForm();

  const submit = (event: FormEvent) =>
    form.submit(event, {
      check: (): Checked<OrganisationInput> => {
        const checked = checkOrganisationDraft(draft, organisation?.id ?? null);
        return checked.errors ? { errors: checked.errors } : { value: checked.input };
      },
      send: (input) => call('organisations.save', input),
      onSent: (saved) => {
        const overview = {
          name: 'organisation' as const,
          organisationId: saved.id,
          notice: organisation ? 'Changes saved.' : `${saved.name} added.`,
        };
        if (organisation) back(overview);
        else replace(overview);
      },
    });

  return (
    <OrganisationForm
      draft={draft}
      {...recordFormStateOf(form)}
      submitLabel={organisation ? 'Save changes' : 'Add organisation'}
      onChange={setDraft}
      onSubmit={submit}
      onCancel={() => back()}
    />
  );
}
