// The `waymark` admin command: each command prints exactly one JSON document
// on stdout with --json, human messages on stderr, and exits 0 (success),
// 1 (failure) or 2 (usage error).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { AppError, isAppError } from '../errors';
import { defaultVaultDirectory } from '../vault';
import { backupCommand, restoreCommand } from './commands/backup';
import { benchCommand } from './commands/bench';
import { calendarCommand } from './commands/calendar';
import { syncCommand } from './commands/sync';
import { clientsCommand, demoCommand, importRollCommand } from './commands/caseload';
import { auditCommand } from './commands/audit';
import { eraseCommand } from './commands/erase';
import { exportPlanCommand, sharedCopyPurposes } from './commands/export-plan';
import { initCommand } from './commands/init';
import { accountingFormatWords, invoiceCommand, invoicesCommand } from './commands/invoices';
import { reportCommand } from './commands/report';
import { destinationsCommand } from './commands/destinations';
import { sarCommand } from './commands/sar';
import { templatesCommand } from './commands/templates';
import { verifyCommand } from './commands/verify';

export type CommandOptions = { vault: string; json?: boolean };
export type CommandResult = { json: unknown; human: string };

// Routine progress lines would clutter the terminal; warnings still show.
process.env.WAYMARK_LOG_LEVEL ??= 'warn';

// --vault is global: it may come before or after the command name.
const program = new Command('waymark')
  .description('Waymark admin command: create, check and look after an encrypted Waymark vault.')
  .addOption(
    new Option('--vault <dir>', 'the vault folder').default(defaultVaultDirectory(), "the app's own vault folder"),
  )
  .showHelpAfterError()
  .exitOverride();

function withJson(command: Command): Command {
  return command.option('--json', 'print one JSON document on stdout');
}

function action<O extends CommandOptions>(run: (options: O) => Promise<CommandResult>) {
  return async (_options: unknown, command: Command) => {
    const options = command.optsWithGlobals<O>();
    try {
      const result = await run(options);
      if (options.json) process.stdout.write(`${JSON.stringify(result.json, null, 2)}\n`);
      process.stderr.write(`${result.human}\n`);
    } catch (error) {
      const failure = isAppError(error)
        ? error
        : new AppError('INTERNAL', 'Something went wrong; nothing was changed.');
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ ok: false, error: { code: failure.code, message: failure.message } }, null, 2)}\n`,
        );
      }
      process.stderr.write(`${failure.message}\n`);
      process.exitCode = 1;
    }
  };
}

withJson(
  program.command('init').description('Create a new encrypted vault in the folder; refuses if one is there.'),
).action(action(initCommand));
withJson(
  program
    .command('verify')
    .description('Unlock the vault, check it is encrypted and undamaged, and count its records.'),
).action(action(verifyCommand));

withJson(
  program
    .command('import-roll')
    .description('Import a class list (CSV from SIMS, Arbor or Bromcom) for a school, creating the school if new.'),
)
  .argument('<file>', 'the CSV file')
  .requiredOption('--school <name>', 'the school the roll belongs to')
  .option('--dry-run', 'check the file and report what would change, writing nothing')
  .action(async (file: string, _options: unknown, command: Command) =>
    action((options: CommandOptions & { school: string; dryRun?: boolean }) => importRollCommand(file, options))(
      _options,
      command,
    ),
  );
withJson(program.command('clients').description('List clients, for one school or all.'))
  .option('--school <name>', 'only this school')
  .action(action(clientsCommand));
withJson(
  program.command('templates').description('List the guidance templates: the built-in models and your own.'),
).action(action(templatesCommand));
withJson(
  program.command('export-plan').description("Export a client's current action plan as an editable Word document."),
)
  .requiredOption('--client <id>', 'the client id (see `waymark clients`)')
  .requiredOption('--out <file.docx>', 'where to write the document')
  .option(
    '--shared-copy',
    'a copy for someone else: sensitive parts left out, only with consent for --purpose, logged as a disclosure',
  )
  .addOption(
    new Option('--purpose <who>', 'who the shared copy is for (needs --shared-copy)').choices(sharedCopyPurposes),
  )
  .option('--recipient <text>', 'who receives the shared copy, as the disclosure log should name them')
  .option('--easy-read', 'easy read: 14 point, a picture beside each idea, one action per block')
  .option(
    '--dyslexia-friendly',
    "the British Dyslexia Association's style on a cream page (default: as set on the client)",
  )
  .option('--no-dyslexia-friendly', 'the standard style, whatever is set on the client')
  .addOption(
    new Option(
      '--language <language>',
      'en (English), cy (Welsh) or bilingual (Welsh first) (default: as set on the client)',
    ).choices(['en', 'cy', 'bilingual']),
  )
  .hook('preAction', (command) => {
    const options = command.opts<{ sharedCopy?: boolean; purpose?: string; recipient?: string }>();
    if (options.sharedCopy && !options.purpose)
      command.error(
        'error: --shared-copy needs --purpose tutor, parent or school: a shared copy is only made with consent for its purpose.',
        { exitCode: 2 },
      );
    if (!options.sharedCopy && (options.purpose || options.recipient))
      command.error('error: --purpose and --recipient go with --shared-copy.', { exitCode: 2 });
  })
  .action(action(exportPlanCommand));
withJson(program.command('backup').description('Write a verified, encrypted backup of the vault to one file.'))
  .requiredOption('--out <file>', 'the backup file to write')
  .action(action(backupCommand));
withJson(
  program
    .command('restore')
    .description('Restore a backup into a new, empty vault folder (give that folder with --vault).'),
)
  .requiredOption('--from <file>', 'the backup file')
  .action(action(restoreCommand));
withJson(program.command('erase').description('Erase a client completely, leaving only a tombstone in the audit log.'))
  .requiredOption('--client <id>', 'the client id (see `waymark clients`)')
  .requiredOption('--reason <text>', 'why, for example "Request under Article 17"')
  .action(action(eraseCommand));
withJson(program.command('sar').description('Build the subject-access bundle (a ZIP) for a client.'))
  .requiredOption('--client <id>', 'the client id (see `waymark clients`)')
  .requiredOption('--out <file.zip>', 'where to write the bundle')
  .option('--password-file <file>', 'encrypt the ZIP (AES-256) with the password in this file')
  .action(action(sarCommand));
withJson(program.command('audit').description('Show the audit log: what was done to the vault, and when.')).action(
  action(auditCommand),
);
/** A date as YYYY-MM-DD that is a real day; anything else is a usage error. */
function isoDateOption(value: string): string {
  const date = new Date(`${value}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError('give a real date as YYYY-MM-DD, such as 2026-09-01.');
  return value;
}
withJson(
  program
    .command('report')
    .description("Write the termly report for a school's careers leader (DOCX), logged as a disclosure to the school."),
)
  .requiredOption('--school <name>', 'the school, by its name in Waymark')
  .requiredOption('--from <date>', 'the first day of the period (YYYY-MM-DD)', isoDateOption)
  .requiredOption('--to <date>', 'the last day of the period (YYYY-MM-DD)', isoDateOption)
  .requiredOption('--out <file.docx>', 'where to write the report')
  .option('--csv <file.csv>', 'also write the figures as CSV')
  .option('--evidence <file.csv>', 'also write the Benchmark 8 evidence (one named row per interview) as CSV')
  .action(action(reportCommand));
/** A Year 11 cohort as its academic year's first calendar year, such as 2026; anything else is a usage error. */
function cohortOption(value: string): string {
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100)
    throw new InvalidArgumentError('give the year the pupils were in Year 11, such as 2026 for 2026 to 2027.');
  return value;
}
withJson(
  program
    .command('destinations')
    .description(
      "Write the local authority's destination return for a school's Year 11 cohort (CSV); only clients whose consent covers it, each logged as a disclosure.",
    ),
)
  .requiredOption('--school <name>', 'the school, by its name in Waymark')
  .requiredOption(
    '--cohort <year>',
    'the academic year the pupils were in Year 11, such as 2026 for 2026 to 2027',
    cohortOption,
  )
  .requiredOption('--out <file.csv>', 'where to write the return')
  .option(
    '--mapping <name>',
    'a column mapping saved in the app for the local authority (default: the standard columns)',
  )
  .option(
    '--recipient <name>',
    'who the return goes to, for the disclosure log (default: the mapping name, or "The local authority")',
  )
  .action(action(destinationsCommand));
withJson(
  program
    .command('sync')
    .description(
      'Sync the vault with a shared folder (Syncthing, a NAS, a cloud-synced folder or a USB stick), both ways; only sealed files go into the folder.',
    ),
)
  .requiredOption('--folder <dir>', 'the shared folder')
  .action(action(syncCommand));
withJson(
  program
    .command('diary')
    .description(
      'Export the diary as a calendar file (.ics) for Outlook, Google or Apple Calendar; no pupil is named.',
    ),
)
  .requiredOption('--out <file.ics>', 'where to write the calendar file')
  .option('--from <date>', 'the first day (YYYY-MM-DD; default a month ago)', isoDateOption)
  .option('--to <date>', 'the last day (YYYY-MM-DD; default a year ahead)', isoDateOption)
  .option('--appointments', 'include each appointment, unnamed')
  .option('--initials', "include each appointment with the pupil's initials")
  .action(action(calendarCommand));
withJson(
  program
    .command('invoice')
    .description(
      "Invoice a school for the diary's delivered sessions in a period not yet invoiced: saved with the next number, written as DOCX.",
    ),
)
  .requiredOption('--school <name>', 'the school, by its name in Waymark')
  .requiredOption('--from <date>', 'the first day of the period (YYYY-MM-DD)', isoDateOption)
  .requiredOption('--to <date>', 'the last day of the period (YYYY-MM-DD)', isoDateOption)
  .requiredOption('--out <file.docx>', 'where to write the invoice')
  .action(action(invoiceCommand));
withJson(
  program.command('invoices').description('Write every invoice and credit note as CSV for your accounting software.'),
)
  .addOption(
    new Option('--format <software>', 'the layout to write').choices(accountingFormatWords).makeOptionMandatory(),
  )
  .requiredOption('--out <file.csv>', 'where to write the CSV')
  .option('--from <date>', 'only invoices dated on or after this day (YYYY-MM-DD)', isoDateOption)
  .option('--to <date>', 'only invoices dated on or before this day (YYYY-MM-DD)', isoDateOption)
  .action(action(invoicesCommand));
withJson(
  program
    .command('bench')
    .description('Time the app at practice scale in a temporary vault (see docs/performance.md).'),
)
  .requiredOption('--clients <n>', 'how many clients in the demo practice')
  .action(action(benchCommand));
withJson(program.command('demo').description('Fill a vault (new or existing) with a reproducible demo practice.'))
  .requiredOption('--clients <n>', 'how many clients')
  .option('--seed <s>', 'the random seed', '1')
  .action(action(demoCommand));

// Not a top-level await: the integration tests run this module built as one CommonJS
// bundle (main/bench/bundle.ts), which cannot hold one. Anything else thrown stays
// unhandled, so Node prints it and exits 1, as before.
program.parseAsync(process.argv).catch((error: unknown) => {
  if (!(error instanceof CommanderError)) throw error;
  const isHelp =
    error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
  process.exitCode = isHelp ? 0 : 2;
});
