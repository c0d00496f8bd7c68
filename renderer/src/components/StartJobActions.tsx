// The foot of a form that starts a background job (a batch export, a
// subject-access bundle): the problem starting it, or following it once
// started, and the start button, gone while the job runs (its Cancel is below).
import type { ReactNode } from 'react';
import type { FormStatus } from '../app/use-form';
import { FormAlert } from './FormAlert';
import { SubmitButton } from './SubmitButton';

type Props = {
  idPrefix: string;
  /** The form's own state: its problem is about starting. */
  status: FormStatus;
  /** From useBackgroundJob: the job's problem, and whether it is running. */
  job: { problem: string; isRunning: boolean };
  children: ReactNode;
};

export function StartJobActions({ idPrefix, status, job, children }: Props) {
  return (
    <>
      <FormAlert id={`${idPrefix}-problem`} message={status.problem || job.problem} />
      {job.isRunning ? null : (
        <SubmitButton isBusy={status.isBusy} busyLabel="Starting…">
          {children}
        </SubmitButton>
      )}
    </>
  );
}
