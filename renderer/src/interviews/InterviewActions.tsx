// Actions agreed in the interview: who does what by when, added in a few
// keystrokes. They become the action plan's actions when the plan is made.
import { useRef, useState, type FormEvent } from 'react';
import { interviewsChannels, type Interview } from '../../../shared/contract/interviews';
import { call } from '../api/client';
import { fieldsOf } from '../app/draft-fields';
import { checkWith, useForm } from '../app/use-form';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { ActionWords } from './ActionWords';
import { ownerChoiceLabels, ownerText, type OwnerChoice } from './owners';

type Props = { interview: Interview; onChanged: (interview: Interview) => void };

const ownerOptions = (Object.keys(ownerChoiceLabels) as OwnerChoice[]).map((value) => ({
  value,
  label: ownerChoiceLabels[value],
}));

export function InterviewActions({ interview, onChanged }: Props) {
  const [draft, setDraft] = useState({ text: '', owner: 'client' as OwnerChoice, supporter: '', dueOn: '' });
  const change = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));
  const { formRef, errors, status, submit, setProblem, setDone } = useForm();
  const field = fieldsOf('action', draft, change, errors);
  const removal = useSubmission();
  const textRef = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    const added = { text: draft.text.trim(), dueOn: draft.dueOn };
    submit(event, {
      check: () =>
        checkWith(
          interviewsChannels['interviews.addAction'].input,
          {
            interviewId: interview.id,
            text: draft.text,
            owner: ownerText(draft.owner, draft.supporter),
            dueOn: draft.dueOn || null,
          },
          // An empty owner reads as the client, so the schema lets it through: a supporter needs a name.
          draft.owner === 'supporter' && draft.supporter.trim() === ''
            ? { found: { supporter: 'Write who will do it, such as Mum or Mr Patel.' } }
            : {},
        ),
      send: (input) => call('interviews.addAction', input),
      onSent: (changed) => {
        onChanged(changed);
        // Cleared only if still what was added: the next action may already be half typed.
        setDraft((current) => ({
          ...current,
          text: current.text.trim() === added.text ? '' : current.text,
          dueOn: current.dueOn === added.dueOn ? '' : current.dueOn,
        }));
        textRef.current?.focus();
        return `Action added: ${added.text}`;
      },
    });
  };

  const remove = (actionId: string, actionText: string) =>
    void removal.run(async () => {
      const result = await call('interviews.removeAction', { interviewId: interview.id, actionId });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      onChanged(result.value);
      setDone(`Action removed: ${actionText}`);
      textRef.current?.focus();
    });

  return (
    <section className="side-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions agreed</h2>
      {interview.actions.length === 0 ? (
        <p className="not-recorded">None yet. Three is often enough.</p>
      ) : (
        <ul className="action-list">
          {interview.actions.map((action) => (
            <li key={action.id}>
              <ActionWords action={action} />
              <button
                type="button"
                className="link-button action-remove"
                onClick={() => remove(action.id, action.text)}
              >
                Remove<span className="visually-hidden">: {action.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form ref={formRef} onSubmit={add} noValidate className="add-action" aria-labelledby="add-action-heading">
        <h3 id="add-action-heading">Add an action</h3>
        <TextField
          {...field('text')}
          label="What will be done"
          inputRef={textRef}
          inputProps={{ maxLength: 1_000, spellCheck: true }}
        />
        <SelectField
          {...field('owner')}
          label="Who will do it"
          options={ownerOptions}
          onChange={(owner) => change({ owner: owner as OwnerChoice })}
        />
        {draft.owner === 'supporter' ? (
          <TextField {...field('supporter')} label="Their name" inputProps={{ maxLength: 100 }} />
        ) : null}
        <DateField {...field('dueOn')} label="By when (optional)" />
        <FormAlert id="action-problem" message={status.problem} />
        <StatusMessage id="action-done" message={status.done} />
        <BusyButton isBusy={status.isBusy} type="submit" className="button button-quiet">
          Add action
        </BusyButton>
      </form>
    </section>
  );
}
