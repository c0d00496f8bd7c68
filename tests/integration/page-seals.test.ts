// The seal on every page of the vault's database, checked with Node's crypto
// on each unlock (main/vault/page-seals.ts), and the weekly full check beside it.
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, type Vault } from '../../main/vault';
import { isFullDamageCheckDue, recordFullDamageCheck } from '../../main/vault/damage-check';
import { checkPageSeals } from '../../main/vault/page-seals';
import { hasChangesSinceBackup, markBackedUp } from '../../main/backup/changes';
import { importRoll } from '../../main/services/roll-import';
import { makeTempDirectory, removeDirectory, strongPassphrase, testKdf } from '../support/vault-fixture';

const pageSize = 4096;
let workspace: string;
let vault: Vault;
let dataKey: Buffer;

function roll(pupils: number): string {
  const rows = Array.from({ length: pupils }, (_, index) => `O'Neill${index},Siân${index},01/01/2010`);
  return `Surname,Forename,DOB\n${rows.join('\n')}\n`;
}

beforeEach(async () => {
  workspace = makeTempDirectory('waymark-page-seals-');
  vault = createVault({ directory: join(workspace, 'vault'), kdf: testKdf });
  await vault.create(strongPassphrase, strongPassphrase);
  const open = vault.database();
  importRoll(open, { organisationName: 'Northfield Academy', csv: roll(300), isDryRun: false });
  // Every page written into the database file itself, not left in the write-ahead log.
  open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  dataKey = Buffer.from(vault.dataKey());
});
afterEach(() => {
  vault.lock();
  dataKey.fill(0);
  removeDirectory(workspace);
});

describe('the seal on every page', () => {
  it('matches on every page of a sound vault', () => {
    const { pages, unsealedPages } = checkPageSeals(vault.files.database, dataKey);
    expect(pages).toBe(statSync(vault.files.database).size / pageSize);
    expect(pages).toBeGreaterThan(20);
    expect(unsealedPages).toEqual([]);
  });

  it('names the one page whose byte was flipped, and page 1 too', () => {
    vault.lock();
    const bytes = readFileSync(vault.files.database);
    const middle = Math.floor(bytes.length / pageSize / 2);
    bytes[middle * pageSize + 1000] = (bytes[middle * pageSize + 1000] as number) ^ 0x01;
    bytes[100] = (bytes[100] as number) ^ 0x80;
    writeFileSync(vault.files.database, bytes);
    expect(checkPageSeals(vault.files.database, dataKey).unsealedPages).toEqual([1, middle + 1]);
  });

  it('finds a page sealed by another key, and a file cut short part-way through a page', () => {
    vault.lock();
    const otherKey = Buffer.from(dataKey.map((byte) => byte ^ 0xff));
    const { pages, unsealedPages } = checkPageSeals(vault.files.database, otherKey);
    expect(unsealedPages).toHaveLength(pages);
    const size = statSync(vault.files.database).size;
    truncateSync(vault.files.database, size - 100);
    expect(checkPageSeals(vault.files.database, dataKey).unsealedPages).toEqual([size / pageSize]);
  });
});

describe('the weekly full check', () => {
  const monday = new Date('2026-11-30T09:00:00Z');
  const days = (count: number) => new Date(monday.getTime() + count * 24 * 60 * 60 * 1000);

  it('is due on a vault never fully checked, then a week after the last one passed, and when the clock went back', () => {
    const { sqlite } = vault.database();
    expect(isFullDamageCheckDue(sqlite, monday)).toBe(true);
    recordFullDamageCheck(sqlite, monday);
    expect(isFullDamageCheckDue(sqlite, days(6))).toBe(false);
    expect(isFullDamageCheckDue(sqlite, days(7))).toBe(true);
    expect(isFullDamageCheckDue(sqlite, days(-1))).toBe(true);
  });

  it('is recorded on this computer only: it is nothing for sync to send', () => {
    const { sqlite } = vault.database();
    sqlite.exec('DELETE FROM sync_outbox');
    recordFullDamageCheck(sqlite, monday);
    expect(sqlite.prepare('SELECT count(*) AS total FROM sync_outbox').get()).toEqual({ total: 0 });
    expect(isFullDamageCheckDue(sqlite, days(1))).toBe(false);
  });

  it('is not a change worth a backup: quitting after it alone takes none', () => {
    const { sqlite } = vault.database();
    markBackedUp(sqlite);
    recordFullDamageCheck(sqlite, monday);
    expect(hasChangesSinceBackup(sqlite)).toBe(false);
    importRoll(vault.database(), { organisationName: 'Southfield College', csv: roll(1), isDryRun: false });
    expect(hasChangesSinceBackup(sqlite)).toBe(true);
  });

  it('runs after the first unlock and is recorded, so it is not due again for a week', async () => {
    vault.lock();
    await vault.unlock(strongPassphrase);
    const { sqlite } = vault.database();
    for (let waited = 0; isFullDamageCheckDue(sqlite, new Date()); waited += 50) {
      if (waited > 30_000) throw new Error('the full check was never recorded');
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    expect(vault.state()).toBe('unlocked');
  });

  it('is not needed to find a flipped byte: the seals find it on an unlock between full checks, and the vault locks', async () => {
    recordFullDamageCheck(vault.database().sqlite, new Date());
    vault.lock();
    const bytes = readFileSync(vault.files.database);
    const middle = Math.floor(bytes.length / pageSize / 2);
    bytes[middle * pageSize + 2000] = (bytes[middle * pageSize + 2000] as number) ^ 0x10;
    writeFileSync(vault.files.database, bytes);
    await vault.unlock(strongPassphrase);
    for (let waited = 0; vault.state() === 'unlocked'; waited += 50) {
      if (waited > 30_000) throw new Error('the damage check never locked the vault');
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    await expect(vault.unlock(strongPassphrase)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
  });
});
