// The words the data-protection page uses for stored codes.
import type { DataProtectionView } from '../app/screen';

export const viewLabels: Record<DataProtectionView, string> = {
  requests: 'Requests',
  disclosures: 'Disclosure log',
  audit: 'Audit log',
  retention: 'Retention',
  documents: 'Documents',
};

export const dataProtectionViews = Object.keys(viewLabels) as DataProtectionView[];

export const requestStatusLabels = {
  received: 'Received',
  'in-progress': 'In progress',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
} as const;
export type RequestStatus = keyof typeof requestStatusLabels;

export const relationshipLabels = {
  self: 'The client',
  'parent-carer': 'Parent or carer',
  other: 'Someone else',
} as const;

const lawfulBasisLabels: Record<string, string> = {
  consent: 'Consent',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'subject-access': 'Subject access request',
  portability: 'Portability request',
};

export function lawfulBasisLabel(code: string): string {
  return lawfulBasisLabels[code] ?? code;
}

const auditActionLabels: Record<string, string> = {
  'client.erased': 'Client erased',
  'plan.exported': 'Action plan exported',
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action.replace(/[._-]+/g, ' ').replace(/^./, (first) => first.toUpperCase());
}
