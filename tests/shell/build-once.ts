// Before the shell tests: the Electron bundles and icons are always rebuilt
// (a few seconds), so a stale dist/ can never pass for the current code; the
// renderer is built only when missing (`npm test` has just built it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { directCommand, npmCommand, type Command } from '../../main/tools/commands';

export default function buildOnce(): void {
  const projectRoot = process.cwd();
  const steps: { what: string; run: Command }[] = [
    {
      what: 'the Electron bundles',
      run: directCommand(process.execPath, ['--import', 'tsx', join('main', 'tools', 'build-electron.ts')]),
    },
  ];
  if (!existsSync(join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    steps.push({
      what: 'the renderer',
      run: npmCommand(['run', 'build:renderer'], {
        platform: process.platform,
        nodePath: process.execPath,
        npmExecPath: process.env.npm_execpath,
      }),
    });
  }
  for (const { what, run } of steps) {
    const result = spawnSync(run.command, run.args, {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: run.shell,
    });
    if (result.status !== 0) throw new Error(`Building ${what} failed, so the shell cannot be tested.`);
  }
}
