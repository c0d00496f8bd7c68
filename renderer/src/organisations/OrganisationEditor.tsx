// The organisation form at work: checks with the shared schema, saves, and
// opens the organisation's overview once it is saved.
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { call } from '../api/client';
import type { Organisation } from '../api/contract-types';
import { focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      const checked = checkOrganisationDraft(draft, organisation?.id ?? null);
      if (checked.errors) {
        flushSync(() => setErrors(checked.errors));
        focusFirstInvalid(formRef.current);
        return;
      }
      setErrors({});
      const result = await call('organisations.save', checked.input);
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      const overview = {
        name: 'organisation' as const,
        organisationId: result.value.id,
        notice: organisation ? 'Changes saved.' : `${result.value.name} added.`,
      };
      if (organisation) back(overview);
      else replace(overview);
    });
  };

  return (
    <OrganisationForm
      draft={draft}
      errors={errors}
      problem={problem}
      isBusy={isBusy}
      submitLabel={organisation ? 'Save changes' : 'Add organisation'}
      onChange={setDraft}
      onSubmit={submit}
      onCancel={() => back()}
      formRef={formRef}
    />
  );
}
