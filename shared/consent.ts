// What a client can consent to, and how each purpose reads to them.
export const consentPurposes = [
  'shareWithTutor',
  'shareWithParent',
  'uploadToSchoolSystem',
  'includeInDestinationReturns',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export const consentPurposeLabels: Record<ConsentPurpose, string> = {
  shareWithTutor: 'Share plans with their tutor',
  shareWithParent: 'Share plans with a parent or carer',
  uploadToSchoolSystem: "Upload plans to the school's system",
  includeInDestinationReturns: "Include in the local authority's destination returns",
};
