// Moves a client to another organisation (a new school, a college after Year 11).
// It asks before doing it; interviews and history stay with the client.
import { useRef, useState, type FormEvent } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import type { Client } from '../../../shared/contract/caseload';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { ConfirmInPlace } from '../components/ConfirmInPlace';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { optionToYearGroup, yearGroupOptions } from '../caseload/options';
import { displayName } from './client-names';

type Props = { client: Client; onMoved: (organisationName: string) => void };

export function MoveClient({ client, onMoved }: Props) {
  const organisations = useQuery('organisations.list', {});
  const [organisationId, setOrganisationId] = useState('');
  const [yearGroup, setYearGroup] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const selectRef = useRef<HTMLSelectElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const choices = (organisations.value ?? []).filter((organisation) => organisation.id !== client.organisationId);
  const destination = choices.find((organisation) => organisation.id === organisationId);
  const newYearGroup = yearGroup === '' ? client.yearGroup : optionToYearGroup(yearGroup);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    if (!destination) {
      setError('Choose the organisation to move to.');
      selectRef.current?.focus();
      return;
    }
    setError('');
    setIsConfirming(true);
    // The question appears in place of the button; take the keyboard there.
    window.requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const move = () =>
    void run(async () => {
      if (!destination) return;
      const result = await call('clients.move', {
        id: client.id,
        organisationId: destination.id,
        ...(yearGroup === '' ? {} : { yearGroup: newYearGroup }),
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setIsConfirming(false);
      setOrganisationId('');
      setYearGroup('');
      onMoved(destination.name);
    });

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
        <form onSubmit={ask} noValidate>
          <div className="field-row">
            <SelectField
              id="move-organisation"
              label="Move to"
              value={organisationId}
              options={[
                { value: '', label: 'Choose an organisation' },
                ...choices.map((organisation) => ({ value: organisation.id, label: organisation.name })),
              ]}
              onChange={(value) => {
                setOrganisationId(value);
                setIsConfirming(false);
              }}
              error={error}
              selectRef={selectRef}
            />
            <SelectField
              id="move-year"
              label="Year group there"
              value={yearGroup}
              options={[{ value: '', label: `Keep ${describeYearGroup(client.yearGroup)}` }, ...yearGroupOptions]}
              onChange={(value) => {
                setYearGroup(value);
                setIsConfirming(false);
              }}
            />
          </div>
          {isConfirming && destination ? (
            <ConfirmInPlace
              id="move"
              focusRef={confirmRef}
              question={`Move ${displayName(client)} from ${client.organisationName} to ${destination.name}${newYearGroup === client.yearGroup ? '' : `, in ${describeYearGroup(newYearGroup)}`}?`}
              problem={problem}
              isBusy={isBusy}
              confirmLabel={`Yes, move to ${destination.name}`}
              busyLabel="Moving…"
              onConfirm={move}
              onCancel={() => setIsConfirming(false)}
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
