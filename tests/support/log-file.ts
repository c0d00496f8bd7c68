// Every line main logs while the tests run also goes to a file per test file,
// test-results/logs/<folder>-<file>.log, to read after a run. On the console a
// line shows only under a test that failed (vitest's silent: 'passed-only').
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { addLogSink } from '../../main/log';

const folder = join('test-results', 'logs');
const started = new Set<string>();

// A setup file runs again for every test file, but where test files share a
// process and its modules (isolate: false, vitest.config.ts) main's log module
// stays, and with it the sink added for the first file: one sink for each copy
// of the log module, or each line is written once for every file before it.
const logModulesWithSink = Symbol.for('waymark.tests.logModulesWithSink');
const processState = globalThis as { [logModulesWithSink]?: WeakSet<typeof addLogSink> };
const withSink = (processState[logModulesWithSink] ??= new WeakSet());
if (!withSink.has(addLogSink)) {
  withSink.add(addLogSink);
  addLogSink(writeToTestFile);
}

function writeToTestFile(line: string): void {
  const { testPath, currentTestName } = expect.getState();
  const name = testPath ? relative('tests', testPath).replace(/[\\/]/g, '-').replace(/\.ts$/, '') : 'vitest';
  const file = join(folder, `${name}.log`);
  const entry = currentTestName ? `[${currentTestName}] ${line}` : line;
  // A new run starts each file afresh.
  if (started.has(file)) {
    appendFileSync(file, entry);
  } else {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, entry);
    started.add(file);
  }
}
