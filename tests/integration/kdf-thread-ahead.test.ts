// While the unlock screen shows, main starts the key-derivation thread (the
// status question starts it), so the passphrase does not also wait for the
// thread. That thread must hold nothing open, and change nothing about the key.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeVault, makeWaymark, strongPassphrase } from '../support/vault-fixture';

function statusInItsOwnProcess(directory: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join('tests', 'support', 'status-then-exit.ts'), directory],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, WAYMARK_LOG_LEVEL: 'warn' },
      },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    // A thread keeping the process alive would leave it running: stop it, and fail.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', rejectRun);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout });
    });
  });
}

async function lockedVault(): Promise<string> {
  const vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  vault.lock();
  return vault.files.directory;
}

describe('the key-derivation thread started ahead of a passphrase', () => {
  it('keeps no process alive: one that only asked for the status ends on its own', async () => {
    const run = await statusInItsOwnProcess(await lockedVault());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('unlocks with the passphrase and refuses a wrong one, as without it', async () => {
    const { waymark } = makeWaymark({ directory: await lockedVault() });
    expect(await waymark.dispatch('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(
      await waymark.dispatch('vault.unlock', { passphrase: 'velvet harbour quietly juggles nine comets' }),
    ).toMatchObject({ ok: false });
    expect(await waymark.dispatch('vault.unlock', { passphrase: strongPassphrase })).toMatchObject({ ok: true });
    expect(await waymark.dispatch('vault.status', {})).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    await waymark.dispatch('vault.lock', {});
  });
});
