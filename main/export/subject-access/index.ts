// The subject-access documents' door: the cover letter, the readable records
// and the packed bundle, made from records gathered elsewhere (data in, bytes out).
export {
  BundleCancelled,
  bundleFormatVersion,
  packSubjectAccessBundle,
  type BundleContents,
  type PackingOptions,
} from './bundle';
export { categoriesHeld, columnCategories } from './categories';
export { coverLetter, readerWords, type Controller, type LetterRequest } from './letter';
export type { CollectedRecords } from './records';
