// The contacts room's door: a client's parents, carers and other contacts.
export { getContact, listContacts, removeContact, saveContact } from './records';
