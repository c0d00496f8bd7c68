// The interviews room's door.
export { archiveTemplate, duplicateTemplate, exportTemplate, getTemplate, importTemplate, listTemplates, saveTemplate } from './templates';
export { addAction, finishInterview, getInterview, listDrafts, listForClient, previousActions, removeAction, saveNotes, startInterview, updateDetails } from './records';
export { addAttachment, detectImageType, readAttachment } from './attachments';
