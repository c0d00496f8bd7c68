// The practice room's door: the practice's details and the documents made from them.
export { emptyPracticeDetails, readPracticeDetails, savePracticeDetails } from './details';
export { practiceDocumentFromVault } from './documents';
