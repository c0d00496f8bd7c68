// Destinations: intended destinations, September Guarantee offers and actual activities, per client.
export { destinationsForClient, recordActivity, recordGuaranteeOffer, recordIntendedDestination, removeDestinationEntry, setLeftSchool } from './records';
