// The subject-access bundle room's door.
export { buildSubjectAccessBundle, bundleFormatVersion, type BundleOptions } from './bundle';
export { collectClientRecords } from './collect';
