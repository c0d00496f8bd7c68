// The sharing room's door: a consented copy of a plan, and the requests a client has made.
export { requestsForClient } from './client-requests';
export { sharePlanCopy, sharePlanCopyToFile, startSharedCopyBatch, type PlanSharingPurpose, type SharedCopy } from './share-copy';
