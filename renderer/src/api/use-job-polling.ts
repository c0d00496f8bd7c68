// Polls a background job in main (a batch export, a subject-access bundle) while
// it runs; stops when it ends or the page goes (the job carries on in main).
import { useEffect } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from './client';

type JobStatusChannel = 'plans.batchStatus' | 'subjectAccess.status';

export function useJobPolling<C extends JobStatusChannel>(
  channel: C,
  jobId: string | null,
  pollMs: number,
  onJob: (job: ChannelOutput<C>) => void,
  onProblem: (message: string) => void,
): void {
  useEffect(() => {
    if (!jobId) return undefined;
    const timer = window.setInterval(() => {
      void call<JobStatusChannel>(channel, { jobId }).then((result) => {
        if (result.ok) onJob(result.value as ChannelOutput<C>);
        else onProblem(result.error.message);
      });
    }, pollMs);
    return () => window.clearInterval(timer);
    // onJob and onProblem are state setters from the caller: stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, jobId, pollMs]);
}
