// An area's own settings (the practice's details, the retention schedule),
// kept as JSON under its own keys in the shared settings table; a stored value
// that no longer fits falls back to the default.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { settings } from '../../db/schema';
import type { OpenVault } from '../../vault';

export function readStoredSetting<T>({ db }: OpenVault, key: string, schema: z.ZodType<T>, fallback: T): T {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  if (!row) return fallback;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : fallback;
}

export function writeStoredSetting({ db }: OpenVault, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json } })
    .run();
}
