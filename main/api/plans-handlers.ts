// Action plans: drafts, finalised versions, images, export and batch export.
import {
  addPlanImage,
  batchStatus,
  cancelBatch,
  createPlan,
  exportPlan,
  finalisePlan,
  getPlan,
  listVersions,
  planForClient,
  saveDraft,
  startPlanBatch,
  startReview,
} from '../services/plans';
import { startSharedCopyBatch } from '../services/sharing';
import { todayInLondon } from '../../shared/dates';
import type { plansChannels } from '../../shared/contract/plans';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function plansHandlers({ vault: current }: HandlerContext): HandlerGroup<typeof plansChannels> {
  const open = () => current().database();
  return {
    'plans.forClient': ({ clientId }) => ({ plan: planForClient(open(), clientId) }),
    'plans.create': ({ clientId, sectionSet, fromInterviewId }) =>
      createPlan(open(), clientId, sectionSet, fromInterviewId),
    'plans.saveDraft': ({ planId, content }) => saveDraft(open(), planId, content),
    'plans.finalise': ({ planId, interviewId }) => finalisePlan(open(), planId, interviewId),
    'plans.startReview': ({ planId }) => startReview(open(), planId),
    'plans.versions': ({ planId }) => listVersions(open(), planId),
    'plans.addImage': ({ planId, fileName, dataBase64 }) => {
      addPlanImage(open(), planId, fileName, dataBase64);
      return getPlan(open(), planId);
    },
    'plans.export': async ({ planId, variant, versionNumber }) => {
      const exported = await exportPlan(open(), planId, variant, versionNumber);
      return { fileName: exported.fileName, dataBase64: exported.bytes.toString('base64') };
    },
    'plans.batchStart': ({ folder, variant, organisationId, yearGroup, sharing }) =>
      sharing
        ? startSharedCopyBatch(open(), {
            folder,
            organisationId,
            yearGroup,
            isEasyRead: variant.isEasyRead,
            purpose: sharing.purpose,
            recipient: sharing.recipient,
            on: todayInLondon(),
          })
        : startPlanBatch(open(), { folder, variant, organisationId, yearGroup }),
    'plans.batchStatus': ({ jobId }) => batchStatus(jobId),
    'plans.batchCancel': ({ jobId }) => cancelBatch(jobId),
  };
}
