// The subject-access room's door: the register of requests, the bundle that
// answers one (built in the background), its cover letter, and the records an
// adviser withholds from it.
export { buildSubjectAccessBundle, subjectAccessDisclosure, subjectAccessLetter, type BundleOptions } from './bundle';
export { requestsForClient } from './client-requests';
export { collectClientRecords } from './collect';
export { requestRegister, type RegisterEntry } from './register';
export {
  extendRequest,
  getRequest,
  logRequest,
  markRequestSent,
  openRequests,
  recordIdentityCheck,
  setRequestStatus,
  type IdentityCheck,
  type SubjectAccessRequest,
} from './requests';
export { clientBundleOptions, letterController, letterRequest } from './inputs';
export {
  cancelSubjectAccessJob,
  downloadSubjectAccessBundle,
  forgetSubjectAccessJobs,
  previewSubjectAccessLetter,
  startSubjectAccessJob,
  subjectAccessJobStatus,
  type SubjectAccessJob,
} from './jobs';
export {
  listWithholdable,
  listWithholdings,
  markWithheld,
  releaseWithholding,
  type WithholdableRecord,
  type Withholding,
  type WithholdingKind,
} from './withholdings';
