// Erasures outlive restores: the tombstones in the vault being replaced are
// applied again to the restored copy, matching people by the keyed hash of
// their client id (the tombstone holds no personal data), and copied into its
// audit log so the record of each erasure survives too.
import { eraseClient } from '../services/erasure';
import type { OpenVault } from '../vault';
import { erasureSubject } from '../vault/erasure-key';

export type TombstoneEvent = { occurredAt: string; detail: string };
export type ReapplyReport = { erasedAgain: number; tombstonesCopied: number; tombstonesWithoutSubject: number };

export function readTombstones(sqlite: OpenVault['sqlite']): TombstoneEvent[] {
  return sqlite
    .prepare(`SELECT occurred_at AS occurredAt, detail FROM audit_events WHERE action = 'client.erased' ORDER BY id`)
    .all() as TombstoneEvent[];
}

function fieldOf(detail: string, field: 'tombstone' | 'subject'): string | undefined {
  try {
    const value = (JSON.parse(detail) as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Applies the tombstones to a restored (and migrated) database opened with its erasure key. */
export function reapplyTombstones(
  target: OpenVault & { erasureKey: Buffer },
  tombstones: TombstoneEvent[],
): ReapplyReport {
  const { sqlite } = target;
  const bySubject = new Map<string, TombstoneEvent>();
  for (const event of tombstones) {
    const subject = fieldOf(event.detail, 'subject');
    if (subject) bySubject.set(subject, event);
  }
  let erasedAgain = 0;
  const clientIds = (sqlite.prepare('SELECT id FROM clients').all() as { id: string }[]).map((row) => row.id);
  for (const clientId of clientIds) {
    if (!bySubject.has(erasureSubject(target.erasureKey, clientId))) continue;
    // eraseClient writes a fresh tombstone; the original is copied below instead.
    const { tombstone } = eraseClient({ sqlite, db: target.db }, clientId, 'Erased again after a restore');
    sqlite
      .prepare(`DELETE FROM audit_events WHERE action = 'client.erased' AND json_extract(detail, '$.tombstone') = ?`)
      .run(tombstone);
    erasedAgain += 1;
  }
  const present = new Set(readTombstones(sqlite).map((event) => fieldOf(event.detail, 'tombstone')));
  let tombstonesCopied = 0;
  const insert = sqlite.prepare(
    `INSERT INTO audit_events (occurred_at, action, detail) VALUES (?, 'client.erased', ?)`,
  );
  sqlite.transaction(() => {
    for (const event of tombstones) {
      const id = fieldOf(event.detail, 'tombstone');
      if (id && present.has(id)) continue;
      insert.run(event.occurredAt, event.detail);
      tombstonesCopied += 1;
    }
  })();
  return {
    erasedAgain,
    tombstonesCopied,
    tombstonesWithoutSubject: tombstones.filter((event) => !fieldOf(event.detail, 'subject')).length,
  };
}
