// The subject-access bundle room's door.
export { BundleCancelled, buildSubjectAccessBundle, bundleFormatVersion, subjectAccessDisclosure, type BundleOptions } from './bundle';
export { collectClientRecords } from './collect';
export { listWithholdable, listWithholdings, markWithheld, releaseWithholding, type WithholdableRecord, type Withholding, type WithholdingKind } from './withholdings';
