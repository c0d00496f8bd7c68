// The action plans room's door.
export {
  createPlan,
  finalisePlan,
  getPlan,
  latestVersion,
  listVersions,
  planForClient,
  saveDraft,
  startReview,
} from './records';
export { addPlanImage, exportPlan, planFileName, renderSharedCopy, safeFileName, type ExportedPlan } from './export';
export {
  batchStatus,
  cancelBatch,
  plansForBatch,
  startBatchExport,
  startPlanBatch,
  type BatchDocument,
  type BatchEntry,
  type BatchJob,
} from './batch';
