// Which backups to keep: the newest few from today, the newest from each of
// the last fortnight's days, and the newest from each of the last twelve
// months. Pure, so the rules can be tested with made-up dates.
import { compareNewestFirst, parseBackupFileName, type NamedBackup } from './naming';

export type GenerationRules = { today: number; days: number; months: number };
export const defaultGenerations: GenerationRules = { today: 3, days: 14, months: 12 };

function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function addMonths(isoDate: string, months: number): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 7);
}

/**
 * Splits file names into those to keep and those to prune. Names that are not
 * Waymark backups are in neither list: they are never pruned. Backups dated
 * after today (a clock put right) are kept.
 */
export function chooseGenerations(
  names: string[],
  today: string,
  rules: GenerationRules = defaultGenerations,
): { keep: string[]; prune: string[] } {
  const backups = names
    .map(parseBackupFileName)
    .filter((backup): backup is NamedBackup => backup !== undefined)
    .sort(compareNewestFirst);
  const keep = new Set<string>();
  const oldestDay = addDays(today, -rules.days);
  const oldestMonth = addMonths(today, -(rules.months - 1));
  const daysSeen = new Set<string>();
  const monthsSeen = new Set<string>();
  let keptToday = 0;
  for (const backup of backups) {
    if (backup.date > today) {
      keep.add(backup.name);
    } else if (backup.date === today) {
      if (keptToday < rules.today) keep.add(backup.name);
      keptToday += 1;
    } else if (backup.date >= oldestDay && !daysSeen.has(backup.date)) {
      keep.add(backup.name);
    } else if (backup.date.slice(0, 7) >= oldestMonth && !monthsSeen.has(backup.date.slice(0, 7))) {
      keep.add(backup.name);
    }
    // Newest first, so the first backup seen for a day or month is the one that stands for it.
    daysSeen.add(backup.date);
    if (keep.has(backup.name)) monthsSeen.add(backup.date.slice(0, 7));
  }
  return {
    keep: backups.filter((backup) => keep.has(backup.name)).map((backup) => backup.name),
    prune: backups.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name),
  };
}
