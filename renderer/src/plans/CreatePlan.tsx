// A client's first action plan: the set of section headings to write under,
// and where to start: the interview's notes and agreed actions as a draft to
// rewrite, or a blank plan. Opened from the client's page, the latest
// interview is offered.
import { useState, type FormEvent } from 'react';
import { sectionSetIds, sectionSets, type SectionSet } from '../../../shared/action-plans';
import type { Plan } from '../../../shared/contract/plans';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { formatDate } from '../format/dates';

type Props = {
  clientId: string;
  fromInterviewId: string | undefined;
  onCreated: (plan: Plan, isFromNotes: boolean) => void;
};

export function CreatePlan({ clientId, fromInterviewId, onCreated }: Props) {
  const [sectionSet, setSectionSet] = useState<SectionSet>('now-want-how');
  const [isFromNotes, setIsFromNotes] = useState(true);
  const { formRef, status, submit } = useForm();
  const interviews = useQuery('interviews.listForClient', { clientId }, { isEnabled: !fromInterviewId });
  const latest = interviews.value?.[0];
  const sourceId = fromInterviewId ?? latest?.id;
  const sourceName = fromInterviewId
    ? 'the interview’s notes'
    : latest
      ? `the notes of the interview on ${formatDate(latest.heldOn)}`
      : '';

  const isStartingFromNotes = Boolean(sourceId) && isFromNotes;
  const create = (event: FormEvent) =>
    submit(event, {
      check: () => ({
        value: { clientId, sectionSet, ...(sourceId && isFromNotes ? { fromInterviewId: sourceId } : {}) },
      }),
      send: (input) => call('plans.create', input),
      onSent: (plan) => onCreated(plan, isStartingFromNotes),
    });

  return (
    <section className="panel" aria-labelledby="create-plan-heading">
      <h2 id="create-plan-heading">Start the action plan</h2>
      <p>The plan belongs to the client: write it to them, in their words.</p>
      <form ref={formRef} onSubmit={create} noValidate>
        <fieldset className="form-subsection">
          <legend>Sections</legend>
          {sectionSetIds.map((id) => (
            <div key={id} className="radio">
              <input
                id={`section-set-${id}`}
                type="radio"
                name="section-set"
                value={id}
                checked={sectionSet === id}
                onChange={() => setSectionSet(id)}
              />
              <label htmlFor={`section-set-${id}`}>{sectionSets[id].label}</label>
            </div>
          ))}
        </fieldset>
        {sourceId ? (
          <fieldset className="form-subsection" aria-describedby="plan-start-hint">
            <legend>Start from</legend>
            <p id="plan-start-hint" className="field-hint">
              The notes go under the sections they fit, with the actions you agreed, as a draft. Rewrite it to the
              client before you finalise.
            </p>
            <div className="radio">
              <input
                id="plan-start-notes"
                type="radio"
                name="plan-start"
                checked={isFromNotes}
                onChange={() => setIsFromNotes(true)}
              />
              <label htmlFor="plan-start-notes">Start from {sourceName}</label>
            </div>
            <div className="radio">
              <input
                id="plan-start-blank"
                type="radio"
                name="plan-start"
                checked={!isFromNotes}
                onChange={() => setIsFromNotes(false)}
              />
              <label htmlFor="plan-start-blank">Start with a blank plan</label>
            </div>
          </fieldset>
        ) : null}
        <FormActions idPrefix="create-plan" status={status} busyLabel="Creating…">
          Create the plan
        </FormActions>
      </form>
    </section>
  );
}
