// The action plans room's door.
export { createPlan, finalisePlan, getPlan, latestVersion, listVersions, planForClient, saveDraft, startReview } from './records';
export { addPlanImage, exportPlan, planFileName, safeFileName } from './export';
export { batchStatus, cancelBatch, startBatchExport, type BatchJob } from './batch';
