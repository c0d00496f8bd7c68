// The sharing room's door: a consented copy of a plan, one or a batch.
export { sharePlanCopy, startSharedCopyBatch, type PlanSharingPurpose, type SharedCopy } from './share-copy';
