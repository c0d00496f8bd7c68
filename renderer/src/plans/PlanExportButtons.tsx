// Downloads the client's own copy of the plan as a Word document (standard or
// easy read). A copy for anyone else goes through "Share a copy", which checks
// consent for the purpose and logs the disclosure.
import { useState } from 'react';
import type { ExportVariant } from '../../../shared/contract/plans';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { CheckboxField } from '../components/CheckboxField';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { downloadBase64 } from '../files/download';
import { docxMediaType } from './plan-errors';
import { PlanShare } from './PlanShare';

/**
 * With `shareForClientId`, the latest finalised version can also be shared from here.
 * With `clientId`, a client who has rated themselves can have their progress chart in the document.
 */
type Props = { planId: string; versionNumber?: number; idPrefix: string; beforeExport?: () => Promise<unknown>; shareForClientId?: string; clientId?: string };

const variants: { label: string; variant: ExportVariant }[] = [
  { label: 'Word document', variant: { isEasyRead: false } },
  { label: 'Easy read', variant: { isEasyRead: true } },
];

export function PlanExportButtons({ planId, versionNumber, idPrefix, beforeExport, shareForClientId, clientId }: Props) {
  const [problem, setProblem] = useState('');
  const progress = useQuery('progress.forClient', { clientId: clientId ?? '' }, { isEnabled: Boolean(clientId) });
  const hasProgress = Boolean(clientId) && (progress.value?.competencies.length ?? 0) > 0;
  const [isIncludingProgress, setIsIncludingProgress] = useState(false);
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const exportAs = (variant: ExportVariant) =>
    void run(async () => {
      setProblem('');
      setDone('');
      await beforeExport?.();
      const chosen = hasProgress && isIncludingProgress ? { ...variant, isIncludingProgress: true } : variant;
      const result = await call('plans.export', { planId, variant: chosen, ...(versionNumber ? { versionNumber } : {}) });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      downloadBase64(result.value.fileName, result.value.dataBase64, docxMediaType);
      setDone(`Downloaded ${result.value.fileName}.`);
    });
  const versionLabel = versionNumber ? ` of version ${versionNumber}` : '';
  return (
    <div className="plan-exports">
      {hasProgress ? (
        <CheckboxField
          id={`${idPrefix}-include-progress`}
          label="Include the before-and-now progress chart"
          hint="The client’s self-ratings, as on their page. Never in a shared copy."
          isChecked={isIncludingProgress}
          onChange={setIsIncludingProgress}
        />
      ) : null}
      <div className="actions" role="group" aria-label={`Export${versionLabel}`}>
        {variants.map(({ label, variant }) => (
          <button key={label} type="button" className="button button-quiet button-small" onClick={() => exportAs(variant)} aria-disabled={isBusy ? true : undefined}>
            {label}
            {versionLabel ? <span className="visually-hidden">{versionLabel}</span> : null}
          </button>
        ))}
      </div>
      <FormAlert id={`${idPrefix}-export-problem`} message={problem} />
      <StatusMessage id={`${idPrefix}-export-done`} message={done} />
      {shareForClientId ? <PlanShare clientId={shareForClientId} /> : null}
    </div>
  );
}
