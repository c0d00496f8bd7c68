// The adviser's settings, read with defaults so a new vault needs no seeding.
import { eq } from 'drizzle-orm';
import { defaultAutoLockMinutes, type Settings } from '../../../shared/contract';
import { settingsSchema } from '../../../shared/contract/settings';
import { defaultFrameworkId } from '../../../shared/progress/frameworks';
import { settings } from '../../db/schema';
import type { VaultDatabase } from '../../vault';

export { readStoredSetting, writeStoredSetting } from './stored-settings';

const defaults: Settings = {
  autoLockMinutes: defaultAutoLockMinutes,
  adviserName: '',
  adviserContact: '',
  confidentialityLine: 'This plan belongs to you. Your adviser shares it with others only with your permission.',
  confidentialityLineWelsh: '',
  bilingualLayout: 'columns',
  isQualifiedLevel6: null,
  competencyFramework: defaultFrameworkId,
};

export function readSettings(db: VaultDatabase): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of db.select().from(settings).all()) {
    stored[row.key] = JSON.parse(row.value);
  }
  // A value that no longer fits the schema falls back to its default rather than breaking the app.
  const merged = { ...defaults, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaults;
}

export function updateSettings(db: VaultDatabase, changes: Partial<Settings>): Settings {
  db.transaction((transaction) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      const existing = transaction.select().from(settings).where(eq(settings.key, key)).get();
      if (existing) transaction.update(settings).set({ value: json }).where(eq(settings.key, key)).run();
      else transaction.insert(settings).values({ key, value: json }).run();
    }
  });
  return readSettings(db);
}
