// A small preview of one attached picture, read from the vault into a blob:
// URL that is released when the preview goes.
import { useEffect, useState } from 'react';
import type { Interview } from '../../../shared/contract/interviews';
import { call } from '../api/client';
import { base64ToBlob } from '../files/download';
import { describeSize } from '../files/read-file';

type Props = { attachment: Interview['attachments'][number] };

export function AttachmentThumbnail({ attachment }: Props) {
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let isCurrent = true;
    let objectUrl = '';
    void call('interviews.attachment', { id: attachment.id }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      objectUrl = URL.createObjectURL(base64ToBlob(result.value.dataBase64, result.value.mediaType));
      setUrl(objectUrl);
    });
    return () => {
      isCurrent = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachment.id]);

  return (
    <figure className="thumbnail">
      <div className="thumbnail-frame">
        {url ? (
          <img src={url} alt={attachment.fileName} />
        ) : (
          <span className="not-recorded">{problem ? 'Could not be shown' : 'Loading…'}</span>
        )}
      </div>
      <figcaption>
        {attachment.fileName}
        <span className="thumbnail-size"> ({describeSize(attachment.sizeBytes)})</span>
      </figcaption>
    </figure>
  );
}
