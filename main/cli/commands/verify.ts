// `waymark verify`: unlock, prove the database is encrypted and whole, count records.
import { cipherName } from '../../db/open';
import { schemaVersion } from '../../db/migrations';
import { AppError } from '../../errors';
import { countRecords } from '../../services/inventory';
import { createBackedUpVault } from '../../backup';
import type { CommandOptions, CommandResult } from '../program';
import { readPassphrase } from '../passphrase';

export async function verifyCommand({ vault: directory }: CommandOptions): Promise<CommandResult> {
  const vault = createBackedUpVault({ directory });
  if (vault.state() === 'absent') {
    throw new AppError('NO_VAULT', `There is no Waymark vault in ${directory}.`);
  }
  const passphrase = await readPassphrase('Vault passphrase: ');
  await vault.unlock(passphrase);
  try {
    const { sqlite, db } = vault.database();
    const cipher = cipherName(sqlite);
    const integrityRows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const integrity = integrityRows.map((row) => row.integrity_check).join('; ');
    const report = { ok: cipher === 'sqlcipher' && integrity === 'ok', cipher, integrity, schemaVersion: schemaVersion(sqlite), counts: countRecords(db) };
    if (!report.ok) {
      throw new AppError('VAULT_DAMAGED', `The vault failed its checks (cipher: ${cipher}, integrity: ${integrity}). Restore from a backup.`);
    }
    return { json: report, human: `The vault in ${directory} is encrypted (${cipher}) and passed its integrity check.` };
  } finally {
    vault.lock();
  }
}
