// Handlers for group sessions and the pupils who attended them.
import type { groupSessionsChannels } from '../../shared/contract/group-sessions';
import { getSession, listSessions, pupilsToChoose, removeSession, saveSession } from '../services/group-sessions';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function groupSessionsHandlers({ vault }: HandlerContext): HandlerGroup<typeof groupSessionsChannels> {
  const open = () => vault().database();
  return {
    'groupSessions.list': (input) => listSessions(open(), input),
    'groupSessions.get': (input) => getSession(open(), input),
    'groupSessions.save': (input) => saveSession(open(), input),
    'groupSessions.remove': (input) => {
      removeSession(open(), input);
      return {};
    },
    'groupSessions.pupils': (input) => pupilsToChoose(open(), input),
  };
}
