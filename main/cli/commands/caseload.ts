// `waymark import-roll`, `waymark clients` and `waymark demo`.
import { readFileSync, statSync } from 'node:fs';
import { rollMaxBytes, rollMaxBytesLabel } from '../../../shared/contract/limits';
import { describeMissingColumns } from '../../../shared/caseload';
import { todayInLondon } from '../../../shared/dates';
import { generateDemoPractice } from '../../api/maintenance';
import { AppError } from '../../errors';
import { readPassphrase } from '../passphrase';
import { findOrganisationId, listAllClients } from '../lookups';
import { openSession, withSession } from '../session';
import type { CommandOptions, CommandResult } from '../program';

export async function importRollCommand(
  file: string,
  options: CommandOptions & { school: string; dryRun?: boolean },
): Promise<CommandResult> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('NOT_FOUND', `Could not read ${file}: check the file name.`);
  }
  if (size > rollMaxBytes) {
    throw new AppError(
      'VALIDATION',
      `${file} is larger than ${rollMaxBytesLabel}, which is more than any class list needs. Export only the roll columns, or split it by year group.`,
    );
  }
  const csv = readFileSync(file, 'utf8');
  const report = await withSession(options.vault, ({ call }) =>
    call('rollImport.run', { organisationName: options.school, csv, isDryRun: Boolean(options.dryRun) }),
  );
  // A dry run reports missing columns for the screen to ask about; the command line has no one to ask.
  if (report.missingFields.length > 0) throw new AppError('VALIDATION', describeMissingColumns(report.missingFields));
  const { created, updated, unchanged, rejected } = report;
  const verb = report.isDryRun ? 'Would import' : 'Imported';
  const problems = rejected.map((problem) => `  row ${problem.row}: ${problem.reason}`);
  return {
    json: { created, updated, unchanged, rejected },
    human: [
      `${verb} the roll for ${options.school}: ${created} new, ${updated} updated, ${unchanged} unchanged, ${rejected.length} not imported.`,
      ...problems,
    ].join('\n'),
  };
}

export async function clientsCommand(options: CommandOptions & { school?: string }): Promise<CommandResult> {
  const listed = await withSession(options.vault, async ({ call }) => {
    const organisationId = options.school ? await findOrganisationId(call, options.school) : undefined;
    const filter = { ...(organisationId ? { organisationId } : {}), includeArchived: true };
    const on = todayInLondon();
    const consented = await call('consent.purposesInForce', { on });
    return {
      rows: await listAllClients(call, filter, on),
      consented: new Map(consented.map(({ clientId, purposes }) => [clientId, purposes])),
    };
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
  const table = clients.map(
    (client) => `${client.surname}, ${client.forename}\t${client.school}\t${client.yearGroup ?? 'adult'}`,
  );
  return { json: clients, human: options.json ? summary : [...table, summary].join('\n') };
}

export async function demoCommand(options: CommandOptions & { clients: string; seed: string }): Promise<CommandResult> {
  const count = Number(options.clients);
  const seed = Number(options.seed);
  if (!Number.isInteger(count) || count < 1 || count > 100_000)
    throw new AppError('VALIDATION', '--clients must be a whole number from 1 to 100000.');
  if (!Number.isInteger(seed)) throw new AppError('VALIDATION', '--seed must be a whole number.');
  // A demo may go into a new folder: create the vault first with the given passphrase.
  const creating = openSession(options.vault);
  let recoveryCode: string | undefined;
  if (creating.vault.state() === 'absent') {
    const passphrase = await readPassphrase('Choose a passphrase for the demo vault: ');
    try {
      ({ recoveryCode } = await creating.call('vault.create', { passphrase, confirmation: passphrase }));
    } finally {
      creating.vault.lock();
    }
  }
  // No channel fills a vault with generated people (see main/api/maintenance.ts).
  const summary = await withSession(options.vault, ({ vault }) =>
    generateDemoPractice(vault.database(), { clients: count, seed, today: todayInLondon() }),
  );
  return {
    json: { ok: true, vault: options.vault, seed, ...summary, ...(recoveryCode ? { recoveryCode } : {}) },
    human: `Added a demo practice to ${options.vault}: ${summary.organisations} organisations, ${summary.clients} clients, ${summary.interviews} interviews, ${summary.plans} action plans (seed ${seed}).${recoveryCode ? `\nRecovery code for the new vault: ${recoveryCode}` : ''}`,
  };
}
