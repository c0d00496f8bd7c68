// Choosing a folder: the dispatcher cannot open a window, so it answers that
// no picker is available (the preview types the path). The desktop app answers
// files.chooseFolder in main/electron with the system's folder window.
import type { filesChannels } from '../../shared/contract/files';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function filesHandlers(_context: HandlerContext): HandlerGroup<typeof filesChannels> {
  return {
    'files.chooseFolder': () => ({ isAvailable: false, folder: null }),
  };
}
