// Handlers for handing a client's records to another adviser, and taking such a file in.
import type { handoverChannels } from '../../shared/contract/handover';
import { exportHandover, importHandover, previewHandover } from '../services/handover';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function handoverHandlers(context: HandlerContext): HandlerGroup<typeof handoverChannels> {
  const open = () => context.vault().database();
  return {
    'handover.export': (input) => {
      const exported = exportHandover(open(), input);
      return { fileName: exported.fileName, dataBase64: Buffer.from(exported.json, 'utf8').toString('base64') };
    },
    'handover.preview': ({ json }) => previewHandover(open(), json),
    'handover.import': ({ json }) => importHandover(open(), json),
  };
}
