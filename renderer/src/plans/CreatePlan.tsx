// A client's first action plan: the set of section headings to write under,
// and, when opened from an interview, the actions agreed in it.
import { useState, type FormEvent } from 'react';
import { sectionSetIds, sectionSets, type SectionSet } from '../../../shared/action-plans';
import type { Plan } from '../../../shared/contract/plans';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { CheckboxField } from '../components/CheckboxField';
import { FormAlert } from '../components/FormAlert';
import { SubmitButton } from '../components/SubmitButton';

type Props = { clientId: string; fromInterviewId: string | undefined; onCreated: (plan: Plan) => void };

export function CreatePlan({ clientId, fromInterviewId, onCreated }: Props) {
  const [sectionSet, setSectionSet] = useState<SectionSet>('now-want-how');
  const [isFromInterview, setIsFromInterview] = useState(Boolean(fromInterviewId));
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      const result = await call('plans.create', { clientId, sectionSet, ...(fromInterviewId && isFromInterview ? { fromInterviewId } : {}) });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      onCreated(result.value);
    });
  };

  return (
    <section className="panel" aria-labelledby="create-plan-heading">
      <h2 id="create-plan-heading">Start the action plan</h2>
      <p>The plan belongs to the client: write it to them, in their words.</p>
      <form onSubmit={create} noValidate>
        <fieldset className="form-subsection">
          <legend>Sections</legend>
          {sectionSetIds.map((id) => (
            <div key={id} className="radio">
              <input id={`section-set-${id}`} type="radio" name="section-set" value={id} checked={sectionSet === id} onChange={() => setSectionSet(id)} />
              <label htmlFor={`section-set-${id}`}>{sectionSets[id].label}</label>
            </div>
          ))}
        </fieldset>
        {fromInterviewId ? <CheckboxField id="plan-from-interview" label="Start from this interview’s actions" isChecked={isFromInterview} onChange={setIsFromInterview} /> : null}
        <FormAlert id="create-plan-problem" message={problem} />
        <SubmitButton isBusy={isBusy} busyLabel="Creating…">
          Create the plan
        </SubmitButton>
      </form>
    </section>
  );
}
