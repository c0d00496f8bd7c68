// The one map of every call the UI can make. Add a domain by spreading its
// channels here; handler and client types follow automatically.
import type { z } from 'zod';
import { adviserChecksChannels } from './adviser-checks';
import { clientsChannels } from './clients';
import { remindersChannels } from './reminders';
import { organisationsChannels } from './organisations';
import { contactsChannels } from './contacts';
import { destinationsChannels } from './destinations';
import { filesChannels } from './files';
import { groupSessionsChannels } from './group-sessions';
import { printChannels } from './print';
import { safeguardingChannels } from './safeguarding';
import { backupsChannels } from './backups';
import { consentChannels } from './consent';
import { disclosuresChannels } from './disclosures';
import { followUpsChannels } from './follow-ups';
import { handoverChannels } from './handover';
import { interviewsChannels } from './interviews';
import { templatesChannels } from './templates';
import { searchChannels } from './search';
import { rollImportChannels } from './roll-import';
import { plansChannels } from './plans';
import { retentionChannels } from './retention';
import { auditChannels } from './audit';
import { practiceChannels } from './practice';
import { settingsChannels } from './settings';
import { sharingChannels } from './sharing';
import { subjectAccessChannels } from './subject-access';
import { erasureChannels } from './erasure';
import { vaultChannels } from './vault';
import { diaryChannels } from './diary';
import { invoicesChannels } from './invoices';
import { reportsChannels } from './reports';
import { calendarChannels } from './calendar';
import { progressChannels } from './progress';
import { syncChannels } from './sync';

export const contract = {
  ...vaultChannels,
  ...settingsChannels,
  ...organisationsChannels,
  ...adviserChecksChannels,
  ...remindersChannels,
  ...clientsChannels,
  ...searchChannels,
  ...rollImportChannels,
  ...templatesChannels,
  ...interviewsChannels,
  ...plansChannels,
  ...consentChannels,
  ...disclosuresChannels,
  ...sharingChannels,
  ...subjectAccessChannels,
  ...erasureChannels,
  ...retentionChannels,
  ...auditChannels,
  ...practiceChannels,
  ...handoverChannels,
  ...backupsChannels,
  ...followUpsChannels,
  ...contactsChannels,
  ...destinationsChannels,
  ...safeguardingChannels,
  ...groupSessionsChannels,
  ...printChannels,
  ...filesChannels,
  ...diaryChannels,
  ...invoicesChannels,
  ...reportsChannels,
  ...calendarChannels,
  ...progressChannels,
  ...syncChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export * from './errors';
export * from './limits';
export type { Settings } from './settings';
export type { VaultState } from './vault';
