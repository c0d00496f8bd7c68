// Destinations: intended destinations, September Guarantee offers and actual activities, per client.
export {
  destinationsForClient,
  recordActivity,
  recordGuaranteeOffer,
  recordIntendedDestination,
  removeDestinationEntry,
  setLeftSchool,
} from './records';
export { destinationsForOrganisation, cohortOf } from './school';
export { exportDestinationsReturn, previewDestinationsReturn, returnMappings, saveReturnMapping } from './la-return';
