// The practice documents room's door.
export { buildPracticeDocument, type PracticeDocumentInputs, type PracticeDocumentKind } from './documents';
