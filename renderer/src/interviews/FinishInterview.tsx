// Finishing: everything waiting is saved first, then the interview is marked
// finished and the next step offered: make the action plan from it, or
// record the outcomes of the plan the client already has.
import { useEffect, useRef, useState } from 'react';
import type { Interview } from '../../../shared/contract/interviews';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { flushPendingSaves } from '../autosave/pending-saves';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';

type Props = { interview: Interview; onFinished: (interview: Interview) => void };

export function FinishInterview({ interview, onFinished }: Props) {
  const { navigate } = useNavigation();
  const plan = useQuery('plans.forClient', { clientId: interview.clientId });
  const [problem, setProblem] = useState('');
  const [isJustFinished, setIsJustFinished] = useState(false);
  const { isBusy, run } = useSubmission();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (isJustFinished) headingRef.current?.focus();
  }, [isJustFinished]);

  const finish = () =>
    void run(async () => {
      setProblem('');
      if (!(await flushPendingSaves())) {
        setProblem(
          'Some notes or details are not saved yet (see the message above them). Nothing is lost; put that right, then finish.',
        );
        return;
      }
      const result = await call('interviews.finish', { id: interview.id });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      onFinished(result.value);
      setIsJustFinished(true);
    });

  const existingPlan = plan.value?.plan ?? null;
  const openPlan = () =>
    navigate(
      existingPlan && existingPlan.versions.length > 0
        ? { name: 'plan', clientId: interview.clientId, fromInterviewId: interview.id, view: 'review' }
        : { name: 'plan', clientId: interview.clientId, fromInterviewId: interview.id },
    );
  const planLabel = !existingPlan
    ? 'Create the action plan from this interview'
    : existingPlan.versions.length > 0
      ? 'Record the plan’s outcomes'
      : 'Open the action plan';

  return (
    <section className="panel finish-panel" aria-labelledby="finish-heading">
      <h2 id="finish-heading" ref={headingRef} tabIndex={-1} className="stage-heading">
        {interview.isFinished ? 'Interview finished' : 'Finish'}
      </h2>
      {interview.isFinished ? (
        <p>Everything is saved. You can still add to the notes.</p>
      ) : (
        <p>Finishing saves everything and marks the interview as done. You can still add to the notes afterwards.</p>
      )}
      <FormAlert id="finish-problem" message={problem} />
      <div className="actions">
        {interview.isFinished ? null : (
          <BusyButton isBusy={isBusy} busyLabel="Finishing…" onClick={finish}>
            Finish the interview
          </BusyButton>
        )}
        {interview.isFinished ? (
          <button type="button" className="button button-primary" onClick={openPlan}>
            {planLabel}
          </button>
        ) : null}
        {interview.isFinished ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => navigate({ name: 'client', clientId: interview.clientId })}
          >
            Back to {interview.clientName}
          </button>
        ) : null}
      </div>
    </section>
  );
}
