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
// process (the unit project runs without isolation) main's log module, and
// the sink added to it, stay: one sink per process, or each line is written
// once for every file before it.
const sinkAdded = Symbol.for('waymark.tests.logFileSink');
const processState = globalThis as { [sinkAdded]?: boolean };
if (!processState[sinkAdded]) {
  processState[sinkAdded] = true;
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
