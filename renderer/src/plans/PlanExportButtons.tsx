// Downloads the plan as a Word document: the standard copy, easy read, or a
// shared copy that leaves out whatever the client asked to keep private.
import { useState } from 'react';
import type { ExportVariant } from '../../../shared/contract/plans';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { downloadBase64 } from '../files/download';
import { docxMediaType } from './plan-errors';

type Props = { planId: string; versionNumber?: number; idPrefix: string; beforeExport?: () => Promise<unknown> };

const variants: { label: string; variant: ExportVariant }[] = [
  { label: 'Word document', variant: { isSharedCopy: false, isEasyRead: false } },
  { label: 'Easy read', variant: { isSharedCopy: false, isEasyRead: true } },
  { label: 'Shared copy', variant: { isSharedCopy: true, isEasyRead: false } },
];

export function PlanExportButtons({ planId, versionNumber, idPrefix, beforeExport }: Props) {
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const exportAs = (variant: ExportVariant) =>
    void run(async () => {
      setProblem('');
      setDone('');
      await beforeExport?.();
      const result = await call('plans.export', { planId, variant, ...(versionNumber ? { versionNumber } : {}) });
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
    </div>
  );
}
