// The clients room's door.
export { editableFields, getClient, moveClient, saveClient, writeClient } from './records';
export { listClients, type ClientSort } from './list';
export { listCorrections, type Correction } from './rectifications';
