// Guidance interviews and their templates.
import { addAction, addAttachment, archiveTemplate, duplicateTemplate, exportTemplate, finishInterview, getInterview, importTemplate, listDrafts, listForClient, listTemplates, previousActions, readAttachment, removeAction, saveNotes, saveTemplate, startInterview, updateDetails } from '../services/interviews';
import { todayInLondon } from '../../shared/dates';
import type { interviewsChannels } from '../../shared/contract/interviews';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function interviewsHandlers({ vault: current }: HandlerContext): HandlerGroup<typeof interviewsChannels> {
  const open = () => current().database();
  return {
    'templates.list': () => listTemplates(open()),
    'templates.save': (input) => saveTemplate(open(), input),
    'templates.duplicate': ({ id }) => duplicateTemplate(open(), id),
    'templates.archive': ({ id }) => {
      archiveTemplate(open(), id);
      return {};
    },
    'templates.export': ({ id }) => exportTemplate(open(), id),
    'templates.import': ({ json }) => importTemplate(open(), json),
    'interviews.start': ({ heldOn, ...input }) => startInterview(open(), { ...input, heldOn: heldOn ?? todayInLondon() }),
    'interviews.get': ({ id }) => getInterview(open(), id),
    'interviews.saveNotes': ({ interviewId, stageIndex, text }) => saveNotes(open(), interviewId, stageIndex, text),
    'interviews.updateDetails': ({ id, details }) => updateDetails(open(), id, details),
    'interviews.addAction': ({ interviewId, ...action }) => addAction(open(), interviewId, action),
    'interviews.removeAction': ({ interviewId, actionId }) => removeAction(open(), interviewId, actionId),
    'interviews.addAttachment': ({ interviewId, fileName, dataBase64 }) => {
      addAttachment(open(), interviewId, fileName, dataBase64);
      return getInterview(open(), interviewId);
    },
    'interviews.attachment': ({ id }) => readAttachment(open(), id),
    'interviews.finish': ({ id }) => finishInterview(open(), id),
    'interviews.listForClient': ({ clientId }) => listForClient(open(), clientId),
    'interviews.drafts': () => listDrafts(open()),
    'interviews.previousActions': ({ clientId, beforeInterviewId }) => previousActions(open(), clientId, beforeInterviewId),
  };
}
