// The backup settings and record, kept in the vault's settings table under
// keys of their own. Raw SQL, because they are also read before migrations,
// when the schema may be older than this build's.
import type { SqliteDatabase } from '../db/open';

export const defaultIntervalHours = 4;
const keys = {
  folder: 'backups.folder',
  intervalHours: 'backups.intervalHours',
  lastVerified: 'backups.lastVerified',
  lastFailure: 'backups.lastFailure',
  verifiedFiles: 'backups.verifiedFiles',
} as const;

/** How many verified file names to remember: more than the generations ever keep. */
const rememberedFiles = 100;

export type BackupRecord = {
  folder: string | undefined;
  intervalHours: number;
  lastVerified: { at: string; file: string } | undefined;
  lastFailure: { at: string; message: string } | undefined;
  verifiedFiles: string[];
};

function hasSettingsTable(sqlite: SqliteDatabase): boolean {
  return sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'`).get() !== undefined;
}

function read(sqlite: SqliteDatabase, key: string): unknown {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

function write(sqlite: SqliteDatabase, key: string, value: unknown): void {
  if (value === undefined) sqlite.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else
    sqlite
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isStamped = (value: unknown): value is { at: string } =>
  typeof value === 'object' && value !== null && isString((value as { at?: unknown }).at);

export function readBackupRecord(sqlite: SqliteDatabase): BackupRecord {
  if (!hasSettingsTable(sqlite))
    return {
      folder: undefined,
      intervalHours: defaultIntervalHours,
      lastVerified: undefined,
      lastFailure: undefined,
      verifiedFiles: [],
    };
  const folder = read(sqlite, keys.folder);
  const intervalHours = read(sqlite, keys.intervalHours);
  const lastVerified = read(sqlite, keys.lastVerified);
  const lastFailure = read(sqlite, keys.lastFailure);
  const verifiedFiles = read(sqlite, keys.verifiedFiles);
  return {
    folder: isString(folder) ? folder : undefined,
    intervalHours: typeof intervalHours === 'number' && intervalHours >= 1 ? intervalHours : defaultIntervalHours,
    lastVerified: isStamped(lastVerified) ? (lastVerified as { at: string; file: string }) : undefined,
    lastFailure: isStamped(lastFailure) ? (lastFailure as { at: string; message: string }) : undefined,
    verifiedFiles: Array.isArray(verifiedFiles) ? verifiedFiles.filter(isString) : [],
  };
}

export function saveBackupSettings(
  sqlite: SqliteDatabase,
  changes: { folder?: string | undefined; intervalHours?: number | undefined },
): void {
  sqlite.transaction(() => {
    if ('folder' in changes) write(sqlite, keys.folder, changes.folder);
    if (changes.intervalHours !== undefined) write(sqlite, keys.intervalHours, changes.intervalHours);
  })();
}

export function recordVerifiedBackup(sqlite: SqliteDatabase, at: string, file: string): void {
  const { verifiedFiles, lastVerified } = readBackupRecord(sqlite);
  sqlite.transaction(() => {
    // A backup that finishes late (in a worker, overtaken at quit) must not make the record go back in time.
    if (!lastVerified || lastVerified.at <= at) write(sqlite, keys.lastVerified, { at, file });
    write(
      sqlite,
      keys.verifiedFiles,
      [file, ...verifiedFiles.filter((name) => name !== file)].slice(0, rememberedFiles),
    );
  })();
}

export function recordFailedBackup(sqlite: SqliteDatabase, at: string, message: string): void {
  write(sqlite, keys.lastFailure, { at, message });
}
