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
    'plans.create': (input) => createPlan(open(), input),
    'plans.saveDraft': (input) => saveDraft(open(), input),
    'plans.finalise': (input) => finalisePlan(open(), input),
    'plans.startReview': ({ planId }) => startReview(open(), planId),
    'plans.versions': ({ planId }) => listVersions(open(), planId),
    'plans.addImage': (input) => {
      addPlanImage(open(), input);
      return getPlan(open(), input.planId);
    },
    'plans.export': async (input) => {
      const exported = await exportPlan(open(), input);
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
