// The templates room's door: the guidance models an interview follows.
export {
  archiveTemplate,
  duplicateTemplate,
  exportTemplate,
  getTemplate,
  importTemplate,
  listTemplates,
  saveTemplate,
} from './templates';
