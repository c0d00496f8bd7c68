// The practice details the adviser's documents need: business name, address,
// ICO registration number and who to contact about data protection.
import { practiceDetailsSchema, type PracticeDetails } from '../../../shared/contract/practice';
import type { OpenVault } from '../../vault';
import { readStoredSetting, writeStoredSetting } from '../settings';

const key = 'practice.details';
export const emptyPracticeDetails: PracticeDetails = {
  businessName: '',
  address: '',
  icoRegistrationNumber: '',
  dataProtectionContact: '',
};

export function readPracticeDetails(vault: OpenVault): PracticeDetails {
  return readStoredSetting(vault, key, practiceDetailsSchema, emptyPracticeDetails);
}

export function savePracticeDetails(vault: OpenVault, details: PracticeDetails): PracticeDetails {
  writeStoredSetting(vault, key, details);
  return readPracticeDetails(vault);
}
