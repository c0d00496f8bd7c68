// A picture chosen in a file box (a photo of the sticky notes, a drawing):
// checked here first, by kind and size, then sent; the box is emptied either
// way, so the same file can be chosen again after a problem.
import { useState, type ChangeEvent } from 'react';
import { attachmentMaxBytes, attachmentMaxBytesLabel } from '../../../shared/contract/limits';
import { useSubmission } from '../app/use-submission';
import { checkPicture } from './read-file';

type Options = {
  mediaTypes: readonly string[];
  /** The kinds in words, for the refusal ("PNG, JPEG or GIF"). */
  kindsLabel: string;
  /** Runs as a chosen file is taken up, before it is checked (to clear the last "Attached"). */
  onStart?: () => void;
  /** Sends the file; answers main's refusal, or '' once it is kept. */
  send: (file: File) => Promise<string>;
};

export function usePictureChoice({ mediaTypes, kindsLabel, onStart, send }: Options) {
  const [error, setError] = useState('');
  const { isBusy, run } = useSubmission();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      onStart?.();
      const refusal = checkPicture(file, {
        maxBytes: attachmentMaxBytes,
        maxBytesLabel: attachmentMaxBytesLabel,
        mediaTypes,
        kindsLabel,
      });
      const problem = refusal || (await send(file));
      input.value = '';
      setError(problem);
    });
  };
  return { error, isBusy, choose };
}
