// The audit log, newest first and paged. It holds no personal data, so it is
// shown as stored.
import type { Page } from '../../../shared/contract/page';
import type { OpenVault } from '../../vault';

export type AuditEntry = {
  id: number;
  occurredAt: string;
  action: string;
  detail: Record<string, string | number | boolean | null>;
};

export function auditLog({ sqlite }: OpenVault, { offset, limit }: Page): { total: number; events: AuditEntry[] } {
  const { total } = sqlite.prepare('SELECT count(*) AS total FROM audit_events').get() as { total: number };
  const rows = sqlite
    .prepare('SELECT id, occurred_at AS occurredAt, action, detail FROM audit_events ORDER BY id DESC LIMIT ? OFFSET ?')
    .all(limit, offset) as {
    id: number;
    occurredAt: string;
    action: string;
    detail: string;
  }[];
  return { total, events: rows.map((row) => ({ ...row, detail: flatDetail(row.detail) })) };
}

/** Every audit entry, newest first, with its detail as stored (for `waymark audit`). */
export function allAuditEvents({
  sqlite,
}: OpenVault): { id: number; occurredAt: string; action: string; detail: unknown }[] {
  const rows = sqlite
    .prepare('SELECT id, occurred_at AS occurredAt, action, detail FROM audit_events ORDER BY id DESC')
    .all() as { id: number; occurredAt: string; action: string; detail: string }[];
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as unknown }));
}

/** The stored detail as flat values; anything nested is shown as its JSON. */
function flatDetail(json: string): AuditEntry['detail'] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { detail: json };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return parsed === null ? {} : { detail: JSON.stringify(parsed) };
  return Object.fromEntries(
    Object.entries(parsed).map(([key, value]) => [
      key,
      value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value),
    ]),
  );
}
