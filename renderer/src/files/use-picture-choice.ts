// A picture chosen in a file box (a photo of the sticky notes, a drawing):
// checked here first, by kind and size, then sent.
import { attachmentMaxBytes, attachmentMaxBytesLabel } from '../../../shared/contract/limits';
import { checkPicture } from './read-file';
import { useFileChoice } from './use-file-choice';

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
  return useFileChoice(async (file) => {
    onStart?.();
    const refusal = checkPicture(file, {
      maxBytes: attachmentMaxBytes,
      maxBytesLabel: attachmentMaxBytesLabel,
      mediaTypes,
      kindsLabel,
    });
    return refusal || (await send(file));
  });
}
