// Temp folders for tests. Each test file's go when it ends (tests/support/temp-folders.ts),
// whatever its tests removed themselves: a test that removes the vault inside one leaves
// the folder, and hundreds a run would pile up in the system's temp folder, which the
// tests that look for names in temp files read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const madeThisFile: string[] = [];

export function makeTempDirectory(prefix = 'waymark-test-'): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  madeThisFile.push(directory);
  return directory;
}

export function removeDirectory(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
}

export function removeTempDirectoriesMade(): void {
  for (const directory of madeThisFile.splice(0)) removeDirectory(directory);
}
