// Runs the built `waymark` command as an adviser or a script would: its own
// process, the passphrase (or none) in the environment, stdout and stderr kept apart.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { strongPassphrase } from './vault-fixture';
import { builtCliVariable } from './built-cli-variable';

/** The command as an adviser runs it: the sources under tsx. */
export const waymarkFromSources = join('main', 'cli', 'waymark.js');

export type WaymarkRun = { status: number | null; stdout: string; stderr: string };

/**
 * `passphrase`: WAYMARK_PASSPHRASE for the run (the fixture's strong one unless given); null runs with none set.
 * `bin`: the command built for the run unless another is named (waymarkFromSources).
 * A vault the built command creates is stretched at Argon2id's floor (WAYMARK_FAST_KDF, as the test
 * vaults are); from the sources, as an adviser runs it, the stretching is calibrated to this machine.
 */
export function runWaymark(
  args: string[],
  passphrase: string | null = strongPassphrase,
  bin = process.env[builtCliVariable] || waymarkFromSources,
): Promise<WaymarkRun> {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  delete environment.WAYMARK_PASSPHRASE;
  if (passphrase !== null) environment.WAYMARK_PASSPHRASE = passphrase;
  delete environment.WAYMARK_FAST_KDF;
  if (bin !== waymarkFromSources) environment.WAYMARK_FAST_KDF = '1';
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(process.execPath, [bin, ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', rejectRun);
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
  });
}
