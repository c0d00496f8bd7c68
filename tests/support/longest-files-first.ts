// The order vitest starts test files in. Two workers take files from one queue,
// so a long file started late runs on alone while the other core waits. vitest
// starts the longest first when it has timed an earlier run, but a fresh clone
// (CI) has no such record, and vitest then goes by file size: the integration run
// took 400 s there against 347 s with the record, because the kill tests (short
// files, about a minute each) started late.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The integration files that take longest on a 2-core machine (December 2026), longest
 * first, as vitest's record ordered them in the 347 s run. The rest follow in vitest's order.
 */
const longestFiles = [
  'tests/integration/cli.test.ts', // about 230 s, in processes it starts
  'tests/integration/sync-kill-safety.test.ts', // about 70 s
  'tests/integration/crash-safety.test.ts', // about 70 s
  'tests/integration/interviews.test.ts', // about 40 s
  'tests/integration/backup-worker.test.ts', // about 30 s
  'tests/integration/sync-worker.test.ts', // about 30 s
  'tests/integration/key-file-atomic.test.ts', // about 25 s
];

function rank(specification: TestSpecification): number {
  const file = specification.moduleId.replaceAll('\\', '/');
  const index = longestFiles.findIndex((longFile) => file.endsWith(`/${longFile}`));
  return index === -1 ? longestFiles.length : index;
}

export default class LongestFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const inVitestOrder = await super.sort(files);
    // A stable sort: the files not listed keep vitest's order after the listed ones.
    return inVitestOrder.sort((a, b) => rank(a) - rank(b));
  }
}
