// Clients: the caseload list, one client's record, saving, correcting and moving it.
import type { clientsChannels } from '../../shared/contract/clients';
import { getClient, listClients, moveClient, saveClient } from '../services/clients';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function clientsHandlers({ vault }: HandlerContext): HandlerGroup<typeof clientsChannels> {
  const open = () => vault().database();
  return {
    'clients.list': (input) => listClients(open(), input),
    'clients.get': ({ id }) => getClient(open(), id),
    'clients.save': (fields) => saveClient(open(), fields),
    'clients.move': (input) => moveClient(open(), input),
  };
}
