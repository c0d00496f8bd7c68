// Handlers for the practice's data-protection records.
import { todayInLondon } from '../../shared/dates';
import type { practiceRecordsChannels } from '../../shared/contract/practice-records';
import {
  auditLog,
  practiceDisclosures,
  practiceDocumentFromVault,
  readPracticeDetails,
  requestRegister,
  savePracticeDetails,
} from '../services/practice';
import {
  keepClient,
  keptClients,
  readRetentionSchedule,
  retentionReview,
  saveRetentionSchedule,
} from '../services/retention';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function practiceRecordsHandlers({ vault }: HandlerContext): HandlerGroup<typeof practiceRecordsChannels> {
  const open = () => vault().database();
  return {
    'requests.all': () => requestRegister(open()),
    'disclosures.practice': ({ text, from, to, offset, limit }) =>
      practiceDisclosures(open(), { text, from, to }, { offset, limit }),
    'audit.list': (page) => auditLog(open(), page),
    'retention.schedule': () => readRetentionSchedule(open()),
    'retention.saveSchedule': (schedule) => saveRetentionSchedule(open(), schedule),
    'retention.review': ({ on, offset, limit }) => retentionReview(open(), on ?? todayInLondon(), { offset, limit }),
    'retention.kept': ({ on }) => keptClients(open(), on ?? todayInLondon()),
    'retention.keep': (input) => keepClient(open(), input),
    'practice.details': () => readPracticeDetails(open()),
    'practice.saveDetails': (details) => savePracticeDetails(open(), details),
    'practice.document': async ({ document }) => {
      const built = await practiceDocumentFromVault(open(), document, todayInLondon());
      return { fileName: built.fileName, dataBase64: built.bytes.toString('base64') };
    },
  };
}
