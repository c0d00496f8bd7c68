// One submission at a time: a second press while the first is under way does nothing.
// `submitWith(event, task)` answers a form's submit: the page stays put and the task runs.
import { useCallback, useRef, useState, type FormEvent } from 'react';

type Submission = {
  isBusy: boolean;
  run: (task: () => Promise<void>) => Promise<void>;
  submitWith: (event: FormEvent, task: () => Promise<void>) => void;
};

export function useSubmission(): Submission {
  const [isBusy, setIsBusy] = useState(false);
  const isBusyRef = useRef(false);
  const run = useCallback(async (task: () => Promise<void>) => {
    if (isBusyRef.current) return;
    isBusyRef.current = true;
    setIsBusy(true);
    try {
      await task();
    } finally {
      isBusyRef.current = false;
      setIsBusy(false);
    }
  }, []);
  const submitWith = (event: FormEvent, task: () => Promise<void>) => {
    event.preventDefault();
    void run(task);
  };
  return { isBusy, run, submitWith };
}
