// A background job in main (a batch export, a subject-access bundle) as a
// screen holds it: the job once started, polled while it runs (polling stops
// when it ends or the page goes; the job carries on in main), Cancel, and the
// problem to show when a call about it fails.
import { useEffect, useState } from 'react';
import type { ChannelOutput, Result } from '../../../shared/contract';
import { call } from './client';

/** Each job's status channel, and the channel that cancels it. */
type CancelChannels = {
  'plans.batchStatus': 'plans.batchCancel';
  'subjectAccess.status': 'subjectAccess.cancel';
};
type StatusChannel = keyof CancelChannels;

export function useBackgroundJob<S extends StatusChannel>(statusChannel: S, pollMs: number) {
  const [job, setJob] = useState<ChannelOutput<S> | null>(null);
  const [problem, setProblem] = useState('');
  const isRunning = job?.state === 'running';
  const runningId = isRunning ? job.id : null;

  /** Takes main's answer about the job (its start, its cancelling): the job as it now is, or the problem. */
  const follow = (result: Result<ChannelOutput<StatusChannel>>) => {
    if (result.ok) setJob(result.value as ChannelOutput<S>);
    else setProblem(result.error.message);
  };

  useEffect(() => {
    if (!runningId) return undefined;
    const timer = window.setInterval(() => {
      void call<StatusChannel>(statusChannel, { jobId: runningId }).then(follow);
    }, pollMs);
    return () => window.clearInterval(timer);
    // follow only calls state setters: stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [statusChannel, runningId, pollMs]);

  const cancel = () => {
    if (!job) return;
    void call<CancelChannels[StatusChannel]>(cancelChannels[statusChannel], { jobId: job.id }).then(follow);
  };

  return { job, setJob, isRunning, problem, setProblem, follow, cancel };
}

const cancelChannels: CancelChannels = {
  'plans.batchStatus': 'plans.batchCancel',
  'subjectAccess.status': 'subjectAccess.cancel',
};
