// A job main is doing in the background (a batch export, a subject-access
// bundle): its progress bar, Cancel while it runs, and how it went once it
// ends. The status region is always present so screen readers pick up the
// outcome when it appears; it only takes up room then.
import type { ReactNode } from 'react';

type JobState = 'running' | 'finished' | 'cancelled' | 'failed' | 'downloaded' | 'expired';

type Props = {
  /** Names the progress bar for screen readers, such as "Plans exported". */
  label: string;
  state: JobState;
  done: number;
  /** How many there are to do; null while main is still counting them. */
  total: number | null;
  /** The figures in words: shown under the bar, and spoken as the bar's value. */
  figures: { shown: string; spoken: string };
  cancelLabel: string;
  onCancel: () => void;
  /** What to say once the job has ended: how it went, and anything to do next. */
  outcome: string;
  statusId?: string;
  /** Offered once the job has finished, before the outcome: the bundle's Download. */
  whenFinished?: ReactNode;
  /** Shown below the outcome for as long as the job is on screen. */
  children?: ReactNode;
};

export function BackgroundJob({
  label,
  state,
  done,
  total,
  figures,
  cancelLabel,
  onCancel,
  outcome,
  statusId,
  whenFinished,
  children,
}: Props) {
  const isRunning = state === 'running';
  // A downloaded bundle has finished too: its bar stays full and its outcome calm.
  const isComplete = state === 'finished' || state === 'downloaded';
  return (
    <div className="batch-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total ?? 1}
        aria-valuenow={done}
        aria-valuetext={figures.spoken}
        className="progress"
      >
        <div className="progress-fill" style={{ width: `${filledPercent(isComplete, done, total)}%` }} />
      </div>
      <p className="progress-figures">{figures.shown}</p>
      {isRunning ? (
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
      {state === 'finished' ? whenFinished : null}
      <div
        role="status"
        id={statusId}
        className={isRunning ? 'notice-empty' : isComplete ? 'notice notice-done' : 'notice notice-info'}
      >
        {isRunning ? null : <p>{outcome}</p>}
      </div>
      {children}
    </div>
  );
}

// Nothing to do counts as all of it done; not knowing yet counts as none.
function filledPercent(isComplete: boolean, done: number, total: number | null): number {
  if (isComplete || total === 0) return 100;
  if (total === null) return 0;
  return Math.round((done / total) * 100);
}
