// Pictures in the plan (a photo of the sticky notes, a drawing): added to the
// vault, then in or out of the plan's document.
import { useEffect, useRef, useState } from 'react';
import type { Plan } from '../../../shared/contract/plans';
import { attachmentMaxBytesLabel } from '../../../shared/contract/limits';
import { call } from '../api/client';
import { FileField } from '../components/FileField';
import { describeSize, readAsBase64 } from '../files/read-file';
import { usePictureChoice } from '../files/use-picture-choice';
import type { PlanDraft } from './use-plan-draft';

type Props = { draft: PlanDraft };

/** Word documents take these; WebP would not show in every copy of Word. */
const planPictureTypes = ['image/png', 'image/jpeg', 'image/gif'];

export function PlanImages({ draft }: Props) {
  const { plan, content, update, accept, autosave } = draft;
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const previewsRef = useRef(previews);

  useEffect(() => {
    previewsRef.current = previews;
  });
  useEffect(() => () => Object.values(previewsRef.current).forEach((url) => URL.revokeObjectURL(url)), []);

  const { error, isBusy, choose } = usePictureChoice({
    mediaTypes: planPictureTypes,
    kindsLabel: 'PNG, JPEG or GIF',
    send: async (file) => {
      // Main adds the picture to the saved draft, so the draft on screen is saved first.
      await autosave.flush();
      const before = new Set(plan.images.map((image) => image.id));
      const result = await call('plans.addImage', {
        planId: plan.id,
        fileName: file.name,
        dataBase64: await readAsBase64(file),
      });
      if (!result.ok) return result.error.message;
      const added = result.value.images.find((image) => !before.has(image.id));
      if (added) setPreviews((current) => ({ ...current, [added.id]: URL.createObjectURL(file) }));
      accept(result.value);
      return '';
    },
  });

  const setIncluded = (image: Plan['images'][number], isIncluded: boolean) =>
    update((current) => ({
      ...current,
      imageIds: isIncluded
        ? [...current.imageIds, image.id]
        : current.imageIds.filter((imageId) => imageId !== image.id),
    }));

  return (
    <section className="panel" aria-labelledby="plan-images-heading">
      <h2 id="plan-images-heading">Pictures</h2>
      {plan.images.length === 0 ? (
        <p className="not-recorded">No pictures yet.</p>
      ) : (
        <ul className="plan-images">
          {plan.images.map((image) => {
            const isIncluded = content.imageIds.includes(image.id);
            return (
              <li key={image.id} className="thumbnail">
                <div className="thumbnail-frame">
                  {previews[image.id] ? (
                    <img src={previews[image.id]} alt={image.fileName} />
                  ) : (
                    <span aria-hidden="true" className="thumbnail-placeholder">
                      Picture
                    </span>
                  )}
                </div>
                <span>
                  {image.fileName} <span className="thumbnail-size">({describeSize(image.sizeBytes)})</span>
                  {isIncluded ? null : <span className="not-recorded"> (left out)</span>}
                </span>
                <button type="button" className="link-button" onClick={() => setIncluded(image, !isIncluded)}>
                  {isIncluded ? 'Leave out of the plan' : 'Put back in the plan'}
                  <span className="visually-hidden">: {image.fileName}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FileField
        id="plan-image-file"
        label="Add a picture"
        hint={`PNG, JPEG or GIF, up to ${attachmentMaxBytesLabel}.`}
        error={error}
        accept={planPictureTypes.join(',')}
        onChange={choose}
        isBusy={isBusy}
      />
    </section>
  );
}
