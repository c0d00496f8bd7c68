import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFilesFirst from './tests/support/longest-files-first';

// Two files at a time even on a 2-core machine (vitest's default there is one):
// each file has its own temp folders and vaults, and an integration file spends
// much of its time waiting on fsync or on a child process.
const forks = Math.max(2, availableParallelism() - 1);

/**
 * Test files run in processes reused from file to file, a few at a time, and a
 * file finds the modules the files before it loaded (`isolate: false`): a new
 * process and fresh modules for every file took about as long as the fast
 * loop's tests themselves. A file that swaps a module for a stand-in
 * (`vi.mock`) starts from fresh modules instead, in a project of its own: among
 * shared modules, one an earlier file had loaded would stay real and the
 * stand-in would check nothing, or the stand-in would reach the files after it.
 * They are found by reading the files, so a new one cannot be forgotten here.
 * The npm scripts run each of these projects in a vitest run of its own: in one
 * run, vitest replaces the processes between projects while the last files of
 * the first may still be running, and once (three workers) that ended the run
 * with an unhandled "Terminating worker thread".
 */
function testFilesIn(folder: string): { sharingModules: string[]; replacingModules: string[] } {
  const root = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${folder}/${name.replaceAll('\\', '/')}`)
    .sort();
  const replacesModules = (file: string) => /\bvi\.(do)?mock\(/.test(readFileSync(join(root, file), 'utf8'));
  return {
    sharingModules: files.filter((file) => !replacesModules(file)),
    replacingModules: files.filter(replacesModules),
  };
}

// Lists of files rather than an `exclude`, which would stop `--exclude` on the command line reaching the project.
const unitFiles = testFilesIn('tests/unit');
const unit = {
  environment: 'node',
  setupFiles: ['tests/support/log-file.ts', 'tests/support/temp-folders.ts'],
};

const integrationFiles = testFilesIn('tests/integration');
const integration = {
  environment: 'node',
  // Real Argon2id and real encrypted files: slower than unit tests.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
  setupFiles: ['tests/support/log-file.ts', 'tests/support/temp-folders.ts', 'tests/support/built-workers.ts'],
  // The `waymark` command and main's workers, built once for the run (tests/support/build-cli.ts).
  globalSetup: ['tests/support/build-cli.ts'],
};

export default defineConfig({
  test: {
    // main's log and any console output show only for a test that failed;
    // main's log also goes to test-results/logs/ (tests/support/log-file.ts).
    silent: 'passed-only',
    maxWorkers: forks,
    // Processes are reused from file to file (see testFilesIn); each
    // project says whether its files start from fresh modules.
    isolate: false,
    // The longest files start first, on a fresh clone too (tests/support/longest-files-first.ts).
    sequence: { sequencer: LongestFilesFirst },
    projects: [
      { test: { ...unit, name: 'unit', include: unitFiles.sharingModules, isolate: false } },
      { test: { ...unit, name: 'unit-fresh-modules', include: unitFiles.replacingModules, isolate: true } },
      { test: { ...integration, name: 'integration', include: integrationFiles.sharingModules, isolate: false } },
      {
        test: {
          ...integration,
          name: 'integration-fresh-modules',
          include: integrationFiles.replacingModules,
          isolate: true,
        },
      },
      {
        test: {
          // The built shell under Node with a stand-in electron module, and the package check.
          name: 'shell',
          include: ['tests/shell/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/shell/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          isolate: true,
          // Both read dist/ and run sizeable child processes: one file at a time.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
