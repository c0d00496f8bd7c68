import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two files at a time even on a 2-core machine (vitest's default there is one):
// each file has its own temp folders and vaults, and an integration file spends
// much of its time waiting on fsync or on a child process.
const forks = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    // main's log and any console output show only for a test that failed;
    // main's log also goes to test-results/logs/ (tests/support/log-file.ts).
    silent: 'passed-only',
    maxWorkers: forks,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/log-file.ts', 'tests/support/temp-folders.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Real Argon2id and real encrypted files: slower than unit tests.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          setupFiles: ['tests/support/log-file.ts', 'tests/support/temp-folders.ts', 'tests/support/built-workers.ts'],
          // The `waymark` command and main's workers, built once for the run (tests/support/build-cli.ts).
          globalSetup: ['tests/support/build-cli.ts'],
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
          // Both read dist/ and run sizeable child processes: one file at a time.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
