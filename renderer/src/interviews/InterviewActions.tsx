// Actions agreed in the interview: who does what by when, added in a few
// keystrokes. They become the action plan's actions when the plan is made.
import { useRef, useState, type FormEvent } from 'react';
import type { Interview } from '../../../shared/contract/interviews';
import { call } from '../api/client';
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
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<OwnerChoice>('client');
  const [supporter, setSupporter] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState({ text: '', supporter: '' });
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const textRef = useRef<HTMLInputElement>(null);
  const supporterRef = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      setDone('');
      const found = {
        text: text.trim() === '' ? 'Write the action first, such as “Visit the college open day”.' : '',
        supporter:
          owner === 'supporter' && supporter.trim() === '' ? 'Write who will do it, such as Mum or Mr Patel.' : '',
      };
      setErrors(found);
      if (found.text || found.supporter) {
        (found.text ? textRef : supporterRef).current?.focus();
        return;
      }
      const added = { text: text.trim(), dueOn };
      const result = await call('interviews.addAction', {
        interviewId: interview.id,
        text: added.text,
        owner: ownerText(owner, supporter),
        dueOn: added.dueOn || null,
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      onChanged(result.value);
      setDone(`Action added: ${added.text}`);
      // Cleared only if still what was added: the next action may already be half typed.
      setText((current) => (current.trim() === added.text ? '' : current));
      setDueOn((current) => (current === added.dueOn ? '' : current));
      textRef.current?.focus();
    });
  };

  const remove = (actionId: string, actionText: string) =>
    void run(async () => {
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
      <form onSubmit={add} noValidate className="add-action" aria-labelledby="add-action-heading">
        <h3 id="add-action-heading">Add an action</h3>
        <TextField
          id="action-text"
          label="What will be done"
          value={text}
          onChange={setText}
          error={errors.text}
          inputRef={textRef}
          inputProps={{ maxLength: 1_000, spellCheck: true }}
        />
        <SelectField
          id="action-owner"
          label="Who will do it"
          value={owner}
          options={ownerOptions}
          onChange={(value) => setOwner(value as OwnerChoice)}
        />
        {owner === 'supporter' ? (
          <TextField
            id="action-supporter"
            label="Their name"
            value={supporter}
            onChange={setSupporter}
            error={errors.supporter}
            inputRef={supporterRef}
            inputProps={{ maxLength: 100 }}
          />
        ) : null}
        <DateField id="action-due" label="By when (optional)" value={dueOn} onChange={setDueOn} />
        <FormAlert id="action-problem" message={problem} />
        <StatusMessage id="action-done" message={done} />
        <BusyButton isBusy={isBusy} type="submit" className="button button-quiet">
          Add action
        </BusyButton>
      </form>
    </section>
  );
}
