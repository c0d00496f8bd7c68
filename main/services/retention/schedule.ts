// The retention schedule the adviser sets, stored under 'retention.schedule'.
import { retentionScheduleSchema } from '../../../shared/contract/retention';
import { defaultRetentionSchedule, type RetentionSchedule } from '../../../shared/retention';
import type { OpenVault } from '../../vault';
import { readStoredSetting, writeStoredSetting } from '../settings';

const key = 'retention.schedule';

export function readRetentionSchedule(vault: OpenVault): RetentionSchedule {
  return readStoredSetting(vault, key, retentionScheduleSchema, defaultRetentionSchedule);
}

export function saveRetentionSchedule(vault: OpenVault, schedule: RetentionSchedule): RetentionSchedule {
  writeStoredSetting(vault, key, schedule);
  return readRetentionSchedule(vault);
}
