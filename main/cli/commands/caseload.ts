// `waymark import-roll`, `waymark clients` and `waymark demo`.
import { readFileSync, statSync } from 'node:fs';
import { rollMaxBytes, rollMaxBytesLabel } from '../../../shared/contract/limits';
import { todayInLondon } from '../../../shared/dates';
import { AppError } from '../../errors';
import { listClients } from '../../services/clients';
import { consentedPurposesByClient } from '../../services/data-protection';
import { generateDemoPractice } from '../../services/demo';
import { findOrganisationByName } from '../../services/organisations';
import { describeMissingColumns, importRoll } from '../../services/roll-import';
import { createBackedUpVault } from '../../backup';
import { readPassphrase } from '../passphrase';
import { withUnlockedVault } from '../open-vault';
import type { CommandOptions, CommandResult } from '../program';

export async function importRollCommand(file: string, options: CommandOptions & { school: string; dryRun?: boolean }): Promise<CommandResult> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('NOT_FOUND', `Could not read ${file}: check the file name.`);
  }
  if (size > rollMaxBytes) {
    throw new AppError('VALIDATION', `${file} is larger than ${rollMaxBytesLabel}, which is more than any class list needs. Export only the roll columns, or split it by year group.`);
  }
  const csv = readFileSync(file, 'utf8');
  const report = await withUnlockedVault(options.vault, (vault) => importRoll(vault, { organisationName: options.school, csv, isDryRun: Boolean(options.dryRun) }));
  // A dry run reports missing columns for the screen to ask about; the command line has no one to ask.
  if (report.missingFields.length > 0) throw new AppError('VALIDATION', describeMissingColumns(report.missingFields));
  const { created, updated, unchanged, rejected } = report;
  const verb = report.isDryRun ? 'Would import' : 'Imported';
  const problems = rejected.map((problem) => `  row ${problem.row}: ${problem.reason}`);
  return {
    json: { created, updated, unchanged, rejected },
    human: [`${verb} the roll for ${options.school}: ${created} new, ${updated} updated, ${unchanged} unchanged, ${rejected.length} not imported.`, ...problems].join('\n'),
  };
}

export async function clientsCommand(options: CommandOptions & { school?: string }): Promise<CommandResult> {
  const listed = await withUnlockedVault(options.vault, (vault) => {
    const organisationId = options.school ? findOrganisationByName(vault, options.school) : undefined;
    if (options.school && !organisationId) throw new AppError('NOT_FOUND', `There is no organisation called "${options.school}" in this vault.`);
    const filter = { ...(organisationId ? { organisationId } : {}), includeArchived: true };
    const { total } = listClients(vault, filter, 'surname', 0, 1, todayInLondon());
    return { rows: listClients(vault, filter, 'surname', 0, Math.max(1, total), todayInLondon()).rows, consented: consentedPurposesByClient(vault, todayInLondon()) };
  });
  const clients = listed.rows.map((row) => ({
    id: row.id,
    surname: row.surname,
    forename: row.forename,
    preferredName: row.preferredName,
    dateOfBirth: row.dateOfBirth,
    school: row.organisationName,
    yearGroup: row.yearGroup,
    tutorGroup: row.tutorGroup,
    upn: row.upn,
    sendStatus: row.sendStatus,
    provisionLevel: row.provisionLevel,
    reviewDue: row.reviewDueOn,
    /** The purposes the consent in force covers today (none without consent, or after withdrawal). */
    consentPurposes: listed.consented.get(row.id) ?? [],
  }));
  const summary = `${clients.length} client${clients.length === 1 ? '' : 's'}${options.school ? ` at ${options.school}` : ''}.`;
  const table = clients.map((client) => `${client.surname}, ${client.forename}\t${client.school}\t${client.yearGroup ?? 'adult'}`);
  return { json: clients, human: options.json ? summary : [...table, summary].join('\n') };
}

export async function demoCommand(options: CommandOptions & { clients: string; seed: string }): Promise<CommandResult> {
  const count = Number(options.clients);
  const seed = Number(options.seed);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new AppError('VALIDATION', '--clients must be a whole number from 1 to 100000.');
  if (!Number.isInteger(seed)) throw new AppError('VALIDATION', '--seed must be a whole number.');
  const vault = createBackedUpVault({ directory: options.vault });
  // A demo may go into a new folder: create the vault first with the given passphrase.
  const isNew = vault.state() === 'absent';
  let recoveryCode: string | undefined;
  if (isNew) {
    const passphrase = await readPassphrase('Choose a passphrase for the demo vault: ');
    ({ recoveryCode } = await vault.create(passphrase, passphrase));
    vault.lock();
  }
  const summary = await withUnlockedVault(options.vault, (open) => generateDemoPractice(open, { clients: count, seed, today: todayInLondon() }));
  return {
    json: { ok: true, vault: options.vault, seed, ...summary, ...(recoveryCode ? { recoveryCode } : {}) },
    human: `Added a demo practice to ${options.vault}: ${summary.organisations} organisations, ${summary.clients} clients, ${summary.interviews} interviews, ${summary.plans} action plans (seed ${seed}).${recoveryCode ? `\nRecovery code for the new vault: ${recoveryCode}` : ''}`,
  };
}
