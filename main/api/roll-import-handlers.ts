// Importing a school's roll: the dry run and the import.
import { importRoll } from '../services/roll-import';
import type { rollImportChannels } from '../../shared/contract/roll-import';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function rollImportHandlers({ vault: current }: HandlerContext): HandlerGroup<typeof rollImportChannels> {
  const open = () => current().database();
  return {
    'rollImport.run': (input) => importRoll(open(), input),
  };
}
