// The safeguarding room's door: concerns on a client, and each organisation's
// designated safeguarding lead and deputy.
export { concernsForClient, countConcerns, listConcerns, saveConcern } from './concerns';
export { columnsFromLeads, leadsFromColumns, readSafeguardingLeads } from './leads';
