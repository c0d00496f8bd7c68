// Agreements with organisations: what was bought, and how much of it the diary shows delivered.
export { agreementTerms, deliveredSessions, deliveryFor, type DeliveryPeriod } from './delivery';
