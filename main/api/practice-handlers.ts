// The practice's details and the documents drafted from them.
import type { practiceChannels } from '../../shared/contract/practice';
import { todayInLondon } from '../../shared/dates';
import { practiceDocumentFromVault, readPracticeDetails, savePracticeDetails } from '../services/practice';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function practiceHandlers({ vault }: HandlerContext): HandlerGroup<typeof practiceChannels> {
  const open = () => vault().database();
  return {
    'practice.details': () => readPracticeDetails(open()),
    'practice.saveDetails': (details) => savePracticeDetails(open(), details),
    'practice.document': async ({ document }) => {
      const built = await practiceDocumentFromVault(open(), document, todayInLondon());
      return { fileName: built.fileName, dataBase64: built.bytes.toString('base64') };
    },
  };
}
