// Guidance templates: the built-in models and the adviser's own copies.
import {
  archiveTemplate,
  duplicateTemplate,
  exportTemplate,
  importTemplate,
  listTemplates,
  saveTemplate,
} from '../services/templates';
import type { templatesChannels } from '../../shared/contract/templates';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function templatesHandlers({ vault: current }: HandlerContext): HandlerGroup<typeof templatesChannels> {
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
  };
}
