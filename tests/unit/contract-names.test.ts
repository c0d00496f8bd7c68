// One name per feature: every contract file holds the channels of one prefix
// (subjectAccess.* in subject-access.ts), and main/api answers them in a
// handler group of the same name, so a newcomer finds a feature by its name.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract';

const kebab = (camel: string) => camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Each contract file (by name, without .ts) and the channels it declares. */
async function channelsByFile(): Promise<Map<string, string[]>> {
  const byFile = new Map<string, string[]>();
  const files = readdirSync('shared/contract').filter((name) => name.endsWith('.ts') && name !== 'index.ts');
  for (const file of files.map((name) => name.replace(/\.ts$/, ''))) {
    const exports = (await import(`../../shared/contract/${file}.ts`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (name.endsWith('Channels') && typeof value === 'object' && value !== null) {
        byFile.set(file, Object.keys(value));
      }
    }
  }
  return byFile;
}

/** What breaks the rule: a channel whose prefix is not its file's name, or a file with no handler group. */
function misnamed(byFile: Map<string, string[]>, hasHandlerGroup: (file: string) => boolean): string[] {
  return [...byFile].flatMap(([file, channels]) => [
    ...channels
      .filter((channel) => kebab(channel.split('.')[0] ?? '') !== file)
      .map((channel) => `${channel} is in shared/contract/${file}.ts`),
    ...(hasHandlerGroup(file) ? [] : [`main/api/${file}-handlers.ts is missing`]),
  ]);
}

const handlerGroupExists = (file: string) => existsSync(`main/api/${file}-handlers.ts`);

describe('the names of the contract', () => {
  it('gives each contract file one channel prefix, its own name, and a handler group of that name', async () => {
    const byFile = await channelsByFile();
    expect(byFile.size).toBeGreaterThan(20);
    expect(misnamed(byFile, handlerGroupExists)).toEqual([]);
  });

  it('finds every channel of the contract in those files', async () => {
    const listed = [...(await channelsByFile()).values()].flat().sort();
    expect(listed).toEqual([...channelNames].sort());
  });

  it('names a channel filed under another name, and a missing handler group', () => {
    const before = new Map([
      ['data-protection', ['consent.record', 'requests.log']],
      ['subject-access', ['subjectAccess.start']],
    ]);
    expect(misnamed(before, (file) => file === 'subject-access')).toEqual([
      'consent.record is in shared/contract/data-protection.ts',
      'requests.log is in shared/contract/data-protection.ts',
      'main/api/data-protection-handlers.ts is missing',
    ]);
  });
});
