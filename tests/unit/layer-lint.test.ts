// The lint rules that keep each runtime's code in its own folder really fire.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();
// The first lint loads the config and its plugins, which takes seconds on a busy
// 2-core machine: done once here, and each test given time beyond vitest's 5 s.
const timeout = 30_000;
beforeAll(() => eslint.lintText('', { filePath: 'shared/warm-up.ts' }), 60_000);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('layer boundaries', { timeout }, () => {
  it('keeps shared/ free of Node, Electron and the DOM', async () => {
    expect(
      await problems(
        'shared/example.ts',
        `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`,
      ),
    ).toEqual([expect.stringMatching(/no Node built-ins/)]);
    expect(
      await problems('shared/example.ts', `import { createHash } from 'crypto';\nexport const hash = createHash;\n`),
    ).toEqual([expect.stringMatching(/no Node built-ins/)]);
    expect(
      await problems('shared/example.ts', `import { app } from 'electron';\nexport const name = app.name;\n`),
    ).toEqual([expect.stringMatching(/Only main\/electron/)]);
    expect(await problems('shared/example.ts', `export const title = document.title;\n`)).toEqual([
      expect.stringMatching(/must stay pure/),
    ]);
  });

  it('lets only main/electron import electron', async () => {
    expect(
      await problems('main/vault/example.ts', `import { app } from 'electron';\nexport const name = app.name;\n`),
    ).toEqual([expect.stringMatching(/Only main\/electron/)]);
    expect(
      await problems('main/electron/example.ts', `import { app } from 'electron';\nexport const name = app.name;\n`),
    ).toEqual([]);
  });

  it('keeps the renderer out of main/', async () => {
    expect(
      await problems(
        'renderer/src/example.ts',
        `import { createVault } from '../../main/vault';\nexport const make = createVault;\n`,
      ),
    ).toEqual([expect.stringMatching(/only through the contract client/)]);
  });
});

describe('floors inside main/', { timeout }, () => {
  const importing = (source: string) => `import { thing } from '${source}';\nexport const used = thing;\n`;

  it('keeps the vault below the backups: the pre-migration backup is a hook passed in', async () => {
    expect(await problems('main/vault/example.ts', importing('../backup'))).toEqual([
      expect.stringMatching(/pass it a hook instead/),
    ]);
    expect(await problems('main/vault/example.ts', importing('../services/erasure'))).toEqual([
      expect.stringMatching(/The vault knows nothing above it/),
    ]);
    expect(await problems('main/vault/example.ts', importing('../db/open'))).toEqual([]);
  });

  it('keeps export pure: no vault, no database, no services and no logs', async () => {
    expect(await problems('main/export/subject-access/example.ts', importing('../../vault'))).toEqual([
      expect.stringMatching(/data in, bytes out/),
    ]);
    expect(await problems('main/export/subject-access/example.ts', importing('../../db/schema'))).toEqual([
      expect.stringMatching(/data in, bytes out/),
    ]);
    expect(await problems('main/export/example.ts', importing('../services/practice'))).toEqual([
      expect.stringMatching(/data in, bytes out/),
    ]);
    expect(await problems('main/export/subject-access/example.ts', importing('../../log'))).toEqual([
      expect.stringMatching(/export writes no logs/),
    ]);
    expect(await problems('main/export/subject-access/example.ts', importing('./letter'))).toEqual([]);
  });

  it('keeps the domain rooms below api/, and api/ below the ways in', async () => {
    expect(await problems('main/services/plans/example.ts', importing('../../api/dispatcher'))).toEqual([
      expect.stringMatching(/reached through api/),
    ]);
    expect(await problems('main/backup/example.ts', importing('../cli/program'))).toEqual([
      expect.stringMatching(/reached through api/),
    ]);
    expect(await problems('main/services/plans/example.ts', importing('../../export/plan-docx'))).toEqual([]);
    expect(await problems('main/api/example.ts', importing('../electron/print'))).toEqual([
      expect.stringMatching(/knows none of them/),
    ]);
    expect(await problems('main/api/example.ts', importing('../services/plans'))).toEqual([]);
  });

  it('keeps db at the bottom, and each way in to itself', async () => {
    expect(await problems('main/db/example.ts', importing('../vault'))).toEqual([
      expect.stringMatching(/db is below everything/),
    ]);
    expect(await problems('main/errors.ts', importing('./db/open'))).toEqual([expect.stringMatching(/ground floor/)]);
    expect(await problems('main/cli/commands/example.ts', importing('../../harness/server'))).toEqual([
      expect.stringMatching(/Each way in/),
    ]);
    expect(await problems('main/cli/commands/example.ts', importing('../../db/schema'))).toEqual([
      expect.stringMatching(/through the services, as the app does/),
    ]);
    expect(await problems('main/electron/example.ts', importing('../cli/program'))).toEqual([
      expect.stringMatching(/Each way in/),
    ]);
    expect(await problems('main/electron/example.ts', importing('../api/dispatcher'))).toEqual([]);
  });

  it('keeps the command line a transport: channels through the dispatcher, never a service itself', async () => {
    expect(await problems('main/cli/commands/example.ts', importing('../../services/plans'))).toEqual([
      expect.stringMatching(/calls channels through the dispatcher/),
    ]);
    expect(await problems('main/cli/example.ts', importing('../services/inventory'))).toEqual([
      expect.stringMatching(/calls channels through the dispatcher/),
    ]);
    expect(await problems('main/cli/commands/example.ts', importing('../../api/maintenance'))).toEqual([]);
    expect(await problems('main/cli/example.ts', importing('../api/dispatcher'))).toEqual([]);
  });
});
