// The subject-access bundle room's door.
export { BundleCancelled, buildSubjectAccessBundle, bundleFormatVersion, subjectAccessDisclosure, subjectAccessLetter, type BundleOptions } from './bundle';
export { columnCategories } from './categories';
export { collectClientRecords } from './collect';
export type { Controller, LetterRequest } from './letter';
export { listWithholdable, listWithholdings, markWithheld, releaseWithholding, type WithholdableRecord, type Withholding, type WithholdingKind } from './withholdings';
