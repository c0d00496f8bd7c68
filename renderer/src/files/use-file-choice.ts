// A file chosen in a file box and taken up at once (a template, a picture):
// one at a time, the problem it met shown beside the box, and the box emptied
// afterwards so the same file can be chosen again.
import { useState, type ChangeEvent } from 'react';
import { useSubmission } from '../app/use-submission';

/** `take` reads or sends the file; it answers the problem to show, or '' once the file is taken. */
export function useFileChoice(take: (file: File) => Promise<string>) {
  const [error, setError] = useState('');
  const { isBusy, run } = useSubmission();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      const problem = await take(file);
      input.value = '';
      setError(problem);
    });
  };
  return { error, isBusy, choose };
}
