// The interviews room's door.
export {
  addAction,
  finishInterview,
  getInterview,
  listDrafts,
  listForClient,
  previousActions,
  removeAction,
  saveNotes,
  startInterview,
  updateDetails,
} from './records';
export { addAttachment, detectImageType, readAttachment } from './attachments';
