// Restores a backup over the vault in use, or over a vault found damaged at
// unlock. The restored copy is prepared beside the vault (checked, migrated,
// erasures applied again) and only then swapped in; the vault it replaces is
// first backed up (in use) or moved aside whole (damaged). Nothing is deleted.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';
import { createLogger } from '../log';
import { countRecords, type RecordCounts } from '../services/inventory';
import type { Vault } from '../vault';
import { unwrapDataKey } from '../vault/key-file';
import { backupToFolderWhileHeld } from './folder';
import { oneBackupAtATime } from './in-worker';
import { decodeBackup, type BackupContents } from './format';
import { localStamp } from './naming';
import { readTombstones, reapplyTombstones, type ReapplyReport, type TombstoneEvent } from './tombstones';

const log = createLogger('backup');

export type InPlaceRestoreReport = ReapplyReport & {
  backupCreatedAt: string;
  counts: RecordCounts;
  /** The safety backup of the vault that was replaced, in the backup folder. */
  safetyBackup: string | undefined;
  /** Where a damaged vault's files were moved. */
  damagedFilesMovedTo: string | undefined;
  /** The backup came from another vault, so its passphrase now unlocks this one. */
  isPassphraseFromBackup: boolean;
  /** The damaged vault's erasures could not be read, so none could be applied again. */
  isErasureLogUnreadable: boolean;
};

async function openBackup(file: string, passphrase: string): Promise<{ backup: BackupContents; dataKey: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new AppError(
      'NOT_FOUND',
      'That backup file could not be read. Check the name and that the drive is connected.',
    );
  }
  const backup = decodeBackup(bytes);
  const dataKey = await unwrapDataKey(backup.keyFile.passphrase, passphrase, 'passphrase');
  if (!dataKey)
    throw new AppError(
      'WRONG_PASSPHRASE',
      'That is not the passphrase this backup was made with. Nothing was restored.',
    );
  return { backup, dataKey };
}

/** Writes the backup's database beside the vault and makes it ready: checked, migrated, erasures applied again. */
function prepareCopy(
  vault: Vault,
  backup: BackupContents,
  dataKey: Buffer,
  tombstones: TombstoneEvent[],
  backupSettings: SettingRow[] = [],
): { file: string; counts: RecordCounts; reapplied: ReapplyReport } {
  const file = join(vault.files.directory, `.waymark.db.restoring-${randomBytes(4).toString('hex')}`);
  writeFileSync(file, backup.database, { mode: 0o600 });
  try {
    const restored = vault.openFile(file, dataKey);
    try {
      const reapplied = reapplyTombstones({ ...restored, erasureKey: restored.erasureKey as Buffer }, tombstones);
      // Where backups go, and the record of them, stay as they are now rather than going back in time.
      const keep = restored.sqlite.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      );
      for (const row of backupSettings) keep.run(row.key, row.value);
      restored.sqlite
        .prepare(`INSERT INTO audit_events (occurred_at, action, detail) VALUES (?, 'vault.restored', ?)`)
        .run(
          new Date().toISOString(),
          JSON.stringify({ backupCreatedAt: backup.createdAt, erasedAgain: reapplied.erasedAgain }),
        );
      const counts = countRecords(restored.db);
      restored.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      return { file, counts, reapplied };
    } finally {
      restored.close();
    }
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    if ((error as { code?: string }).code === 'VAULT_DAMAGED') {
      throw new AppError(
        'VAULT_DAMAGED',
        'That backup is damaged: it failed its check. Nothing was changed; choose an older backup.',
        { cause: error },
      );
    }
    throw error;
  }
}

type SettingRow = { key: string; value: string };

function backupSettingsOf(vault: Vault): SettingRow[] {
  return vault
    .database()
    .sqlite.prepare(`SELECT key, value FROM settings WHERE key LIKE 'backups.%'`)
    .all() as SettingRow[];
}

/** Restore in place, from the backups page: safety backup first, erasures applied again. */
export async function restoreReplacingVault(
  vault: Vault,
  backupFile: string,
  passphrase: string,
): Promise<InPlaceRestoreReport> {
  const { backup, dataKey } = await openBackup(backupFile, passphrase);
  try {
    // Holds the vault's backup turn throughout: a backup worker reading the database must not see it swapped.
    return await oneBackupAtATime(vault, async () => {
      const current = vault.dataKey();
      const isSameVault = current.length === dataKey.length && timingSafeEqual(current, dataKey);
      const safety = (await backupToFolderWhileHeld(vault, { isPruning: false })).name;
      const prepared = prepareCopy(
        vault,
        backup,
        dataKey,
        readTombstones(vault.database().sqlite),
        backupSettingsOf(vault),
      );
      await vault.replaceDatabase(prepared.file, Buffer.from(dataKey), {
        keyFile: isSameVault ? undefined : backup.keyFile,
      });
      log.info('restored a backup over the vault', { erasedAgain: prepared.reapplied.erasedAgain });
      return {
        backupCreatedAt: backup.createdAt,
        counts: prepared.counts,
        ...prepared.reapplied,
        safetyBackup: safety,
        damagedFilesMovedTo: undefined,
        isPassphraseFromBackup: !isSameVault,
        isErasureLogUnreadable: false,
      } satisfies InPlaceRestoreReport;
    });
  } finally {
    dataKey.fill(0);
  }
}

/**
 * The damaged vault's tombstones, if what is left of it can still be read with
 * this key. Read from a copy: even a read-only open may leave files beside
 * the damaged one, and it must stay exactly as it was found.
 */
function salvageTombstones(vault: Vault, dataKey: Buffer): TombstoneEvent[] | undefined {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-salvage-'));
  try {
    const copy = join(folder, 'damaged.db');
    // Encrypted pages, copied as they are: nothing readable lands in the temporary folder.
    copyFileSync(vault.files.database, copy);
    if (existsSync(`${vault.files.database}-wal`)) copyFileSync(`${vault.files.database}-wal`, `${copy}-wal`);
    const damaged = vault.openFile(copy, dataKey, { isReadOnly: true });
    try {
      return readTombstones(damaged.sqlite);
    } finally {
      damaged.close();
    }
  } catch {
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** "vault.damaged-2026-11-23-1752" beside the vault folder, numbered if taken. */
function damagedFolderFor(directory: string, now: Date): string {
  const { date, time } = localStamp(now);
  const base = join(dirname(directory), `${basename(directory)}.damaged-${date}-${time.replace(':', '')}`);
  let candidate = base;
  for (let sequence = 2; existsSync(candidate); sequence += 1) candidate = `${base}-${sequence}`;
  return candidate;
}

/** Restore over a vault found damaged at unlock: its files are moved aside to a dated folder, never deleted. */
export async function restoreDamagedVault(
  vault: Vault,
  backupFile: string,
  passphrase: string,
  now = new Date(),
): Promise<InPlaceRestoreReport> {
  if (!vault.isDamaged()) {
    throw new AppError(
      'FORBIDDEN',
      'Restoring from the unlock screen is only offered when the vault is damaged. Unlock, then restore from the backups page.',
    );
  }
  const { backup, dataKey } = await openBackup(backupFile, passphrase);
  try {
    const tombstones = salvageTombstones(vault, dataKey);
    const prepared = prepareCopy(vault, backup, dataKey, tombstones ?? []);
    const aside = damagedFolderFor(vault.files.directory, now);
    const setAside = () => {
      mkdirSync(aside, { recursive: true, mode: 0o700 });
      for (const file of [
        vault.files.database,
        `${vault.files.database}-wal`,
        `${vault.files.database}-shm`,
        vault.files.keyFile,
      ]) {
        if (existsSync(file)) renameSync(file, join(aside, basename(file)));
      }
    };
    await vault.replaceDatabase(prepared.file, Buffer.from(dataKey), { keyFile: backup.keyFile, setAside });
    log.info('restored a backup over a damaged vault');
    return {
      backupCreatedAt: backup.createdAt,
      counts: prepared.counts,
      ...prepared.reapplied,
      safetyBackup: undefined,
      damagedFilesMovedTo: aside,
      isPassphraseFromBackup: true,
      isErasureLogUnreadable: tombstones === undefined,
    };
  } finally {
    dataKey.fill(0);
  }
}
