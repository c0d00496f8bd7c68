// The lint rules that keep each runtime's code in its own folder really fire.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('layer boundaries', () => {
  it('keeps shared/ free of Node, Electron and the DOM', async () => {
    expect(await problems('shared/example.ts', `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`)).toEqual([expect.stringMatching(/no Node built-ins/)]);
    expect(await problems('shared/example.ts', `import { createHash } from 'crypto';\nexport const hash = createHash;\n`)).toEqual([expect.stringMatching(/no Node built-ins/)]);
    expect(await problems('shared/example.ts', `import { app } from 'electron';\nexport const name = app.name;\n`)).toEqual([expect.stringMatching(/Only main\/electron/)]);
    expect(await problems('shared/example.ts', `export const title = document.title;\n`)).toEqual([expect.stringMatching(/must stay pure/)]);
  });

  it('lets only main/electron import electron', async () => {
    expect(await problems('main/vault/example.ts', `import { app } from 'electron';\nexport const name = app.name;\n`)).toEqual([expect.stringMatching(/Only main\/electron/)]);
    expect(await problems('main/electron/example.ts', `import { app } from 'electron';\nexport const name = app.name;\n`)).toEqual([]);
  });

  it('keeps the renderer out of main/', async () => {
    expect(await problems('renderer/src/example.ts', `import { createVault } from '../../main/vault';\nexport const make = createVault;\n`)).toEqual([expect.stringMatching(/only through the contract client/)]);
  });
});
