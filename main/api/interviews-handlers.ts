// Guidance interviews: notes by stage, scores, actions, attachments and drafts.
import {
  addAction,
  addAttachment,
  finishInterview,
  getInterview,
  listDrafts,
  listForClient,
  previousActions,
  readAttachment,
  removeAction,
  saveNotes,
  startInterview,
  updateDetails,
} from '../services/interviews';
import { todayInLondon } from '../../shared/dates';
import type { interviewsChannels } from '../../shared/contract/interviews';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function interviewsHandlers({ vault: current }: HandlerContext): HandlerGroup<typeof interviewsChannels> {
  const open = () => current().database();
  return {
    'interviews.start': ({ heldOn, ...input }) =>
      startInterview(open(), { ...input, heldOn: heldOn ?? todayInLondon() }),
    'interviews.get': ({ id }) => getInterview(open(), id),
    'interviews.saveNotes': ({ interviewId, stageIndex, text }) => saveNotes(open(), interviewId, stageIndex, text),
    'interviews.updateDetails': (input) => updateDetails(open(), input),
    'interviews.addAction': ({ interviewId, ...action }) => addAction(open(), interviewId, action),
    'interviews.removeAction': ({ interviewId, actionId }) => removeAction(open(), interviewId, actionId),
    'interviews.addAttachment': (input) => {
      addAttachment(open(), input);
      return getInterview(open(), input.interviewId);
    },
    'interviews.attachment': ({ id }) => readAttachment(open(), id),
    'interviews.finish': ({ id }) => finishInterview(open(), id),
    'interviews.listForClient': ({ clientId }) => listForClient(open(), clientId),
    'interviews.drafts': () => listDrafts(open()),
    'interviews.previousActions': ({ clientId, beforeInterviewId }) =>
      previousActions(open(), clientId, beforeInterviewId),
  };
}
