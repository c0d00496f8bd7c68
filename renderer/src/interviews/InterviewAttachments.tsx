// Photos of sticky notes, whiteboards or drawings made in the interview,
// kept inside the encrypted vault.
import { useRef, useState } from 'react';
import { attachmentMaxBytesLabel, attachmentMediaTypes } from '../../../shared/contract/limits';
import type { Interview } from '../../../shared/contract/interviews';
import { call } from '../api/client';
import { FileField } from '../components/FileField';
import { StatusMessage } from '../components/StatusMessage';
import { readAsBase64 } from '../files/read-file';
import { usePictureChoice } from '../files/use-picture-choice';
import { AttachmentThumbnail } from './AttachmentThumbnail';

type Props = { interview: Interview; onChanged: (interview: Interview) => void };

const hint = `A photo or picture: PNG, JPEG, GIF or WebP, up to ${attachmentMaxBytesLabel}.`;

export function InterviewAttachments({ interview, onChanged }: Props) {
  const [done, setDone] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const { error, isBusy, choose } = usePictureChoice({
    mediaTypes: attachmentMediaTypes,
    kindsLabel: 'PNG, JPEG, GIF or WebP',
    onStart: () => setDone(''),
    send: async (file) => {
      const result = await call('interviews.addAttachment', {
        interviewId: interview.id,
        fileName: file.name,
        dataBase64: await readAsBase64(file),
      });
      if (!result.ok) return result.error.message;
      onChanged(result.value);
      setDone(`Attached ${file.name}.`);
      return '';
    },
  });

  return (
    <section className="panel" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">Photos and pictures</h2>
      {interview.attachments.length > 0 ? (
        <div className="thumbnails">
          {interview.attachments.map((attachment) => (
            <AttachmentThumbnail key={attachment.id} attachment={attachment} />
          ))}
        </div>
      ) : (
        <p className="not-recorded">None attached.</p>
      )}
      <FileField
        id="attachment-file"
        label="Attach a photo or picture"
        hint={hint}
        error={error}
        accept={attachmentMediaTypes.join(',')}
        onChange={choose}
        isBusy={isBusy}
        inputRef={inputRef}
      />
      <StatusMessage id="attachment-done" message={done} />
    </section>
  );
}
