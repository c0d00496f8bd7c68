// Where the plan stands (draft saved, versions made), Finalise (after a
// confirmation saying what it does), and, once finalised, a new draft only
// when the adviser asks for one: the finalised version stays as agreed.
import { useState } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { SaveStatusLine } from '../autosave/SaveStatusLine';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { FinaliseConfirm } from './FinaliseConfirm';
import { formatInstantDate } from './plan-dates';
import { PlanExportButtons } from './PlanExportButtons';
import type { PlanDraft } from './use-plan-draft';

type Props = { draft: PlanDraft; fromInterviewId: string | undefined; onFinalised?: () => void };

export function FinaliseBar({ draft, fromInterviewId, onFinalised }: Props) {
  const { plan, autosave, accept } = draft;
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const latest = plan.versions.at(-1);
  const nextNumber = (latest?.number ?? 0) + 1;

  const [isConfirming, setIsConfirming] = useState(false);
  /** Finalised, with nothing changed since: the plan stands as agreed until a new draft is started. */
  const isSettled = Boolean(latest) && !plan.hasUnfinalisedChanges;

  const startNewDraft = () =>
    void run(async () => {
      setProblem('');
      setDone('');
      const result = await call('plans.startReview', { planId: plan.id });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      accept(result.value, { isContentReplaced: true });
      setDone(
        `A new draft has started from version ${latest?.number ?? 1}. Finalise it to make version ${nextNumber}.`,
      );
    });

  const finalise = () =>
    void run(async () => {
      setIsConfirming(false);
      setProblem('');
      setDone('');
      if (!(await autosave.flush())) {
        setProblem('The draft is not saved yet, so it cannot be finalised. Put right what is marked, then finalise.');
        return;
      }
      const result = await call('plans.finalise', {
        planId: plan.id,
        ...(fromInterviewId ? { interviewId: fromInterviewId } : {}),
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      accept(result.value);
      const made = result.value.versions.at(-1);
      setDone(made ? `Version ${made.number} finalised. Export it below to give the client their copy.` : 'Finalised.');
      onFinalised?.();
    });

  return (
    <section className="plan-bar" aria-labelledby="plan-bar-heading">
      <h2 id="plan-bar-heading" className="visually-hidden">
        Finalise and export
      </h2>
      <div className="plan-bar-state">
        <p className="plan-version-state">
          {latest
            ? `Version ${latest.number}, finalised ${formatInstantDate(latest.finalisedAt)}.`
            : 'Not finalised yet.'}
          {latest && plan.hasUnfinalisedChanges ? ' The draft has changes since then.' : ''}
          {isSettled ? ' It stays as agreed.' : ''}
        </p>
        <SaveStatusLine id="plan-save-status" status={autosave.status} what="changes" />
      </div>
      <div className="actions">
        {isSettled ? (
          <BusyButton isBusy={isBusy} className="button button-quiet" onClick={startNewDraft}>
            Start a new draft (version {nextNumber})
          </BusyButton>
        ) : (
          <BusyButton isBusy={isBusy} busyLabel="Finalising…" onClick={() => setIsConfirming(true)}>
            {`Finalise version ${nextNumber}…`}
          </BusyButton>
        )}
      </div>
      <FinaliseConfirm
        versionNumber={nextNumber}
        isOpen={isConfirming}
        isBusy={isBusy}
        onConfirm={finalise}
        onCancel={() => setIsConfirming(false)}
      />
      <FormAlert id="plan-finalise-problem" message={problem} />
      <StatusMessage id="plan-finalise-done" message={done} />
      <h3 className="plan-export-heading">{latest ? `Export version ${latest.number}` : 'Export the draft'}</h3>
      <PlanExportButtons
        planId={plan.id}
        clientId={plan.clientId}
        content={draft.content}
        idPrefix="plan"
        beforeExport={latest ? undefined : autosave.flush}
        {...(latest ? { shareForClientId: plan.clientId } : {})}
      />
    </section>
  );
}
