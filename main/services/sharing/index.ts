// The sharing room's door: a consented copy of a plan, and subject-access bundles built in the background.
export { requestsForClient } from './client-requests';
export { sharePlanCopy, sharePlanCopyToFile, startSharedCopyBatch, type PlanSharingPurpose, type SharedCopy } from './share-copy';
export { cancelSubjectAccessJob, downloadSubjectAccessBundle, forgetSubjectAccessJobs, previewSubjectAccessLetter, startSubjectAccessJob, subjectAccessJobStatus, type SubjectAccessJob } from './subject-access-jobs';
export { clientBundleOptions, letterController, letterRequest } from './subject-access-inputs';
