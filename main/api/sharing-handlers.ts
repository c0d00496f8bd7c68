// A shared copy of a client's plan, only with their consent for the purpose.
import type { sharingChannels } from '../../shared/contract/sharing';
import { todayInLondon } from '../../shared/dates';
import { sharePlanCopy } from '../services/sharing';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function sharingHandlers({ vault, deliverFile }: HandlerContext): HandlerGroup<typeof sharingChannels> {
  const open = () => vault().database();
  return {
    'sharing.shareCopy': ({ clientId, purpose, recipient, on, isEasyRead, isDyslexiaFriendly, language }) =>
      sharePlanCopy(open(), {
        clientId,
        purpose,
        recipient,
        on: on ?? todayInLondon(),
        isEasyRead: isEasyRead ?? false,
        isDyslexiaFriendly,
        language,
        ...(deliverFile ? { write: deliverFile } : {}),
      }),
  };
}
