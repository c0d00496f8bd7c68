// Northfield Academy's roll as SIMS exports it, which the caseload tests import,
// and every client it leaves in the vault.
import { readFileSync } from 'node:fs';
import { listClients } from '../../main/services/clients';
import type { OpenVault } from '../../main/vault';

export const simsRoll = readFileSync('tests/fixtures/rolls/sims-export.csv', 'utf8');

/** Every client in the vault, archived ones too, by surname. */
export const allClients = (open: OpenVault) =>
  listClients(open, { filter: { includeArchived: true }, sort: 'surname', offset: 0, limit: 500, on: '2026-11-23' })
    .rows;
