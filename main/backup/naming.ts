// Backup file names carry the moment they were taken, in UK local time, so
// the adviser can read them in a file manager and pruning can tell them apart
// from every other file in the folder (which it never touches).

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const backupExtension = '.wmbackup';
const namePattern = /^waymark-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(?:-(\d{1,3}))?\.wmbackup$/;

/** A moment in UK local time, as the backup names carry it: "2026-11-23 17:52". */
export type LocalStamp = { date: string; time: string };

export function localStamp(now: Date): LocalStamp {
  const part = (type: string) => londonParts.formatToParts(now).find((piece) => piece.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** "waymark-2026-11-23-1752.wmbackup", or "-2", "-3"... when that name is taken. */
export function backupFileName(now: Date, isTaken: (name: string) => boolean = () => false): string {
  const { date, time } = localStamp(now);
  const base = `waymark-${date}-${time.replace(':', '')}`;
  if (!isTaken(`${base}${backupExtension}`)) return `${base}${backupExtension}`;
  for (let sequence = 2; sequence < 1000; sequence += 1) {
    const name = `${base}-${sequence}${backupExtension}`;
    if (!isTaken(name)) return name;
  }
  throw new Error('too many backups in one minute');
}

export type NamedBackup = { name: string; date: string; time: string; sequence: number };

/** Reads a backup file name; anything else in the folder gives undefined and is left alone. */
export function parseBackupFileName(name: string): NamedBackup | undefined {
  const match = namePattern.exec(name);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, sequence] = match;
  return { name, date: `${year}-${month}-${day}`, time: `${hour}:${minute}`, sequence: Number(sequence ?? 1) };
}

/** Newest first: by date, then time, then sequence within the minute. */
export function compareNewestFirst(a: NamedBackup, b: NamedBackup): number {
  const keyOf = (backup: NamedBackup) => `${backup.date} ${backup.time} ${String(backup.sequence).padStart(3, '0')}`;
  return keyOf(b).localeCompare(keyOf(a));
}
