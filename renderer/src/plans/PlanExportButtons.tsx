// Downloads the client's own copy of the plan as a Word document (standard or
// easy read), in the client's language and style unless the adviser picks another
// for this copy; what is still to write in Welsh is said here, before export.
// A copy for anyone else goes through "Share a copy", which checks consent for
// the purpose and logs the disclosure.
import { useState } from 'react';
import type { PlanContent } from '../../../shared/action-plans';
import type { ExportVariant } from '../../../shared/contract/plans';
import { missingWelsh, planLanguageLabels, planLanguages, type PlanLanguage } from '../../../shared/plan-language';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useForm } from '../app/use-form';
import { BusyButton } from '../components/BusyButton';
import { CheckboxField } from '../components/CheckboxField';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { downloadBase64 } from '../files/download';
import { docxMediaType } from './plan-errors';
import { PlanShare } from './PlanShare';

/**
 * With `shareForClientId`, the latest finalised version can also be shared from here.
 * With `clientId`, a client who has rated themselves can have their progress chart in the document.
 */
type Props = {
  planId: string;
  versionNumber?: number;
  idPrefix: string;
  beforeExport?: () => Promise<unknown>;
  shareForClientId?: string;
  clientId?: string;
  /** The words being exported, to say before export what has no Welsh yet. */
  content?: PlanContent;
};

const languageOptions = planLanguages.map((language) => ({ value: language, label: planLanguageLabels[language] }));

const variants: { label: string; variant: ExportVariant }[] = [
  { label: 'Word document', variant: { isEasyRead: false } },
  { label: 'Easy read', variant: { isEasyRead: true } },
];

export function PlanExportButtons({
  planId,
  versionNumber,
  idPrefix,
  beforeExport,
  shareForClientId,
  clientId,
  content,
}: Props) {
  const client = useQuery('clients.get', { id: clientId ?? '' }, { isEnabled: Boolean(clientId) });
  // Until the adviser picks, the copy follows the client's record.
  const [chosenLanguage, setChosenLanguage] = useState<PlanLanguage | null>(null);
  const [chosenDyslexia, setChosenDyslexia] = useState<boolean | null>(null);
  const language = chosenLanguage ?? client.value?.planLanguage ?? 'en';
  const isDyslexiaFriendly = chosenDyslexia ?? client.value?.isDyslexiaFriendly ?? false;
  const untranslated = content && language !== 'en' ? missingWelsh(content).length : 0;
  const progress = useQuery('progress.forClient', { clientId: clientId ?? '' }, { isEnabled: Boolean(clientId) });
  const hasProgress = (progress.value?.competencies.length ?? 0) > 0;
  const [isIncludingProgress, setIsIncludingProgress] = useState(false);
  const { status, submit } = useForm();
  const { problem, done, isBusy } = status;
  const exportAs = (variant: ExportVariant) =>
    submit(null, {
      check: () => ({
        value: {
          planId,
          variant: {
            ...variant,
            ...(client.value ? { language, isDyslexiaFriendly } : {}),
            ...(hasProgress && isIncludingProgress ? { isIncludingProgress: true } : {}),
          },
          ...(versionNumber ? { versionNumber } : {}),
        },
      }),
      send: async (input) => {
        await beforeExport?.();
        return call('plans.export', input);
      },
      onSent: ({ fileName, dataBase64 }) => {
        downloadBase64(fileName, dataBase64, docxMediaType);
        return `Downloaded ${fileName}.`;
      },
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
      {client.value ? (
        <div className="field-row">
          <SelectField
            id={`${idPrefix}-export-language`}
            label="Language"
            value={language}
            options={languageOptions}
            onChange={(value) => setChosenLanguage(planLanguages.find((candidate) => candidate === value) ?? 'en')}
          />
          <CheckboxField
            id={`${idPrefix}-export-dyslexia`}
            label="Dyslexia-friendly style"
            isChecked={isDyslexiaFriendly}
            onChange={setChosenDyslexia}
          />
        </div>
      ) : null}
      {untranslated > 0 ? (
        <p className="notice notice-info" id={`${idPrefix}-export-welsh`}>
          {untranslated === 1 ? 'One part has' : `${untranslated} parts have`} no Welsh yet:{' '}
          {language === 'cy'
            ? 'the Welsh copy prints them in English'
            : 'the bilingual copy prints them in English only'}
          . The list is under “Welsh” in the plan.
        </p>
      ) : null}
      <div className="actions" role="group" aria-label={`Export${versionLabel}`}>
        {variants.map(({ label, variant }) => (
          <BusyButton
            key={label}
            isBusy={isBusy}
            className="button button-quiet button-small"
            onClick={() => exportAs(variant)}
          >
            {label}
            {versionLabel ? <span className="visually-hidden">{versionLabel}</span> : null}
          </BusyButton>
        ))}
      </div>
      <FormAlert id={`${idPrefix}-export-problem`} message={problem} />
      <StatusMessage id={`${idPrefix}-export-done`} message={done} />
      {shareForClientId ? <PlanShare clientId={shareForClientId} /> : null}
    </div>
  );
}
