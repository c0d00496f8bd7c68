// The audit room's door: the log of what was done, as the practice reads it and as `waymark audit` prints it.
export { allAuditEvents, auditLog, type AuditEntry } from './log';
