// Handlers for a client's parents, carers and other contacts.
import type { contactsChannels } from '../../shared/contract/contacts';
import { listContacts, removeContact, saveContact } from '../services/contacts';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function contactsHandlers({ vault }: HandlerContext): HandlerGroup<typeof contactsChannels> {
  const open = () => vault().database();
  return {
    'contacts.list': (input) => listContacts(open(), input),
    'contacts.save': (input) => saveContact(open(), input),
    'contacts.remove': (input) => {
      removeContact(open(), input);
      return {};
    },
  };
}
