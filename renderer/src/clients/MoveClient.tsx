// Moves a client to another organisation (a new school, a college after Year 11).
// It asks before doing it; interviews and history stay with the client.
import { useState } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import { clientsChannels, type Client } from '../../../shared/contract/clients';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { fieldsOf } from '../app/draft-fields';
import { useConfirmFirst } from '../app/use-confirm-first';
import { checkWith } from '../app/use-form';
import { ConfirmInPlace } from '../components/ConfirmInPlace';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { optionToYearGroup, yearGroupOptions } from '../caseload/options';
import { displayName } from './client-names';

type Props = { client: Client; onMoved: (organisationName: string) => void };

export function MoveClient({ client, onMoved }: Props) {
  const organisations = useQuery('organisations.list', {});
  const [draft, setDraft] = useState({ organisationId: '', yearGroup: '' });
  const choices = (organisations.value ?? []).filter((organisation) => organisation.id !== client.organisationId);
  const destination = choices.find((organisation) => organisation.id === draft.organisationId);
  const newYearGroup = draft.yearGroup === '' ? client.yearGroup : optionToYearGroup(draft.yearGroup);
  const { formRef, errors, status, isAsking, questionRef, ask, confirm, stopAsking } = useConfirmFirst(() =>
    checkWith(
      clientsChannels['clients.move'].input,
      {
        id: client.id,
        organisationId: draft.organisationId,
        ...(draft.yearGroup === '' ? {} : { yearGroup: newYearGroup }),
      },
      { found: destination ? {} : { organisationId: 'Choose the organisation to move to.' } },
    ),
  );
  const field = fieldsOf(
    'move',
    draft,
    (changes) => {
      setDraft({ ...draft, ...changes });
      stopAsking();
    },
    errors,
  );

  const move = () =>
    confirm(
      (input) => call('clients.move', input),
      () => {
        setDraft({ organisationId: '', yearGroup: '' });
        if (destination) onMoved(destination.name);
      },
    );

  return (
    <section className="panel" aria-labelledby="move-heading">
      <h2 id="move-heading">Move to another organisation</h2>
      <p>
        For a client who has changed school, or gone on to college. Their interviews, plans and history stay with them.
      </p>
      {choices.length === 0 && organisations.value ? (
        <p className="not-recorded">
          There is no other organisation to move to yet. Add one under Organisations first.
        </p>
      ) : (
        <form ref={formRef} onSubmit={ask} noValidate>
          <div className="field-row">
            <SelectField
              {...field('organisationId')}
              label="Move to"
              options={[
                { value: '', label: 'Choose an organisation' },
                ...choices.map((organisation) => ({ value: organisation.id, label: organisation.name })),
              ]}
            />
            <SelectField
              {...field('yearGroup')}
              label="Year group there"
              options={[{ value: '', label: `Keep ${describeYearGroup(client.yearGroup)}` }, ...yearGroupOptions]}
            />
          </div>
          {isAsking && destination ? (
            <ConfirmInPlace
              id="move"
              focusRef={questionRef}
              question={`Move ${displayName(client)} from ${client.organisationName} to ${destination.name}${newYearGroup === client.yearGroup ? '' : `, in ${describeYearGroup(newYearGroup)}`}?`}
              problem={status.problem}
              isBusy={status.isBusy}
              confirmLabel={`Yes, move to ${destination.name}`}
              busyLabel="Moving…"
              onConfirm={move}
              onCancel={stopAsking}
            />
          ) : (
            <SubmitButton isBusy={false} busyLabel="">
              Move…
            </SubmitButton>
          )}
        </form>
      )}
    </section>
  );
}
