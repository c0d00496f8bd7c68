// Exports a plan as DOCX: the latest finalised version (or the draft, before
// the first one), in the chosen variant, and records the export in the audit
// log. The client's own copy is made here; a shared copy only for the sharing
// room, which checks consent first.
import { inArray } from 'drizzle-orm';
import type { DocumentVariant, ExportVariant } from '../../../shared/contract/plans';
import type { PlanLanguage } from '../../../shared/plan-language';
import { attachmentMaxBytes, attachmentMaxBytesLabel } from '../../../shared/contract/limits';
import { auditEvents, planImages } from '../../db/schema';
import { AppError } from '../../errors';
import { imageTypeAndSize } from '../../export/image-size';
import { buildPlanDocx, type ProgressChart } from '../../export/plan-docx';
import { beforeNowSvg } from '../../export/progress-chart-svg';
import { svgToPng } from '../../export/svg-to-png';
import { beforeNowLayout } from '../../../shared/progress/chart-layout';
import { frameworks } from '../../../shared/progress/frameworks';
import type { OpenVault } from '../../vault';
import { reviewDueOf } from '../follow-ups';
import { summariseProgress } from '../progress';
import { readSettings } from '../settings';
import { planReaderOf, withReaderDefaults } from './reader';
import { getPlan, listVersions, saveDraft } from './records';
import { type ServiceContext, systemContext } from '../context';

export type ExportedPlan = { fileName: string; bytes: Buffer };

export function safeFileName(text: string): string {
  // Keep letters in any script; drop characters no file system accepts (control characters included).
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'plan'
  );
}

const languageInFileName: Record<PlanLanguage, string> = { en: '', cy: 'Welsh', bilingual: 'Welsh and English' };

export function planFileName(clientName: string, date: string, variant: DocumentVariant): string {
  const suffix = [
    variant.isEasyRead ? 'easy read' : '',
    variant.isDyslexiaFriendly ? 'dyslexia-friendly' : '',
    languageInFileName[variant.language ?? 'en'],
    variant.isSharedCopy ? 'shared copy' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${safeFileName(`Action plan - ${clientName} - ${date}${suffix ? ` (${suffix})` : ''}`)}.docx`;
}

/** The client's own copy of their plan (standard or easy read), as DOCX. */
export function exportPlan(
  vault: OpenVault,
  { planId, variant, versionNumber }: { planId: string; variant: ExportVariant; versionNumber?: number | undefined },
  context: ServiceContext = systemContext,
): Promise<ExportedPlan> {
  const now = context.now();
  return renderPlan(vault, planId, { ...variant, isSharedCopy: false }, versionNumber, now);
}

/**
 * A shared copy (sensitive parts left out). Only the sharing room calls this,
 * after it has checked consent for the purpose; it logs the disclosure.
 */
export function renderSharedCopy(
  vault: OpenVault,
  planId: string,
  variant: ExportVariant,
  versionNumber: number,
  context: ServiceContext = systemContext,
): Promise<ExportedPlan> {
  const now = context.now();
  return renderPlan(vault, planId, { ...variant, isSharedCopy: true }, versionNumber, now);
}

/** The latest finalised version (or the draft, before the first one), in the chosen variant; the export goes in the audit log. */
async function renderPlan(
  vault: OpenVault,
  planId: string,
  asked: DocumentVariant,
  versionNumber: number | undefined,
  now: Date,
): Promise<ExportedPlan> {
  const plan = getPlan(vault, planId);
  const reader = planReaderOf(vault, plan.clientId);
  const variant = withReaderDefaults(asked, reader);
  const versions = listVersions(vault, planId);
  const version =
    versionNumber === undefined ? versions.at(-1) : versions.find((candidate) => candidate.number === versionNumber);
  if (versionNumber !== undefined && !version)
    throw new AppError('NOT_FOUND', `This plan has no version ${versionNumber}.`);
  const content = version?.content ?? plan.draft;
  const settings = readSettings(vault.db);
  const images = content.imageIds.length
    ? vault.db
        .select({ id: planImages.id, fileName: planImages.fileName, bytes: planImages.bytes })
        .from(planImages)
        .where(inArray(planImages.id, content.imageIds))
        .all()
    : [];
  const date = (version?.finalisedAt ?? now.toISOString()).slice(0, 10);
  const bytes = await buildPlanDocx(
    {
      clientName: plan.clientName,
      adviserName: settings.adviserName,
      adviserContact: settings.adviserContact,
      confidentialityLine: settings.confidentialityLine,
      confidentialityLineWelsh: settings.confidentialityLineWelsh,
      bilingualLayout: settings.bilingualLayout,
      school: reader.school,
      intendedDestination: reader.intendedDestination,
      versionNumber: version?.number ?? null,
      date,
      // The client's review date is the one source of truth (an interview's follow-up date sets it).
      reviewOn: reviewDueOf(vault, { clientId: plan.clientId }),
      content,
      images: content.imageIds.flatMap((imageId) => images.filter((image) => image.id === imageId)),
      progress: variant.isIncludingProgress && !variant.isSharedCopy ? await progressCharts(vault, plan.clientId) : [],
    },
    variant,
  );
  vault.db
    .insert(auditEvents)
    .values({
      occurredAt: now.toISOString(),
      action: 'plan.exported',
      detail: JSON.stringify({
        planId,
        version: version?.number ?? 'draft',
        easyRead: variant.isEasyRead,
        sharedCopy: variant.isSharedCopy,
        language: variant.language,
        dyslexiaFriendly: variant.isDyslexiaFriendly,
      }),
    })
    .run();
  return { fileName: planFileName(plan.clientName, date, variant), bytes };
}

/** The client's before-and-now charts, drawn at twice the page width in points so they print sharply. */
async function progressCharts(vault: OpenVault, clientId: string): Promise<ProgressChart[]> {
  const charts: ProgressChart[] = [];
  for (const group of summariseProgress(vault, { clientId })) {
    const svg = beforeNowSvg(beforeNowLayout(group.framework, group.competencies, { fontSize: 18 }));
    charts.push({
      frameworkName: frameworks[group.framework].name,
      sentence: group.sentence,
      png: await svgToPng(svg, { widthInPixels: 1280 }),
    });
  }
  return charts;
}

export function addPlanImage(
  vault: OpenVault,
  { planId, fileName, dataBase64 }: { planId: string; fileName: string; dataBase64: string },
  context: ServiceContext = systemContext,
): void {
  const now = context.now();
  getPlan(vault, planId);
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > attachmentMaxBytes)
    throw new AppError(
      'VALIDATION',
      `That picture is larger than ${attachmentMaxBytesLabel}. Take it at a lower resolution, or crop it.`,
    );
  const image = imageTypeAndSize(bytes);
  if (!image)
    throw new AppError(
      'VALIDATION',
      'Pictures in a plan must be PNG, JPEG or GIF files, so they can go in the Word document.',
    );
  const id = context.newId();
  vault.db
    .insert(planImages)
    .values({
      id,
      planId,
      fileName,
      mediaType: image.type === 'jpg' ? 'image/jpeg' : `image/${image.type}`,
      sizeBytes: bytes.length,
      bytes,
      createdAt: now.toISOString(),
    })
    .run();
  const plan = getPlan(vault, planId);
  // A new picture goes into the draft straight away; the adviser can remove it there.
  saveDraft(vault, { planId, content: { ...plan.draft, imageIds: [...plan.draft.imageIds, id] } }, context);
}
