// The retention room's door: the schedule and the review of clients past it.
export { keepClient, keptClients, retentionReview, type DueClient, type KeptClient } from './review';
export { readRetentionSchedule, saveRetentionSchedule } from './schedule';
