// Child process of `waymark bench`: measures the practice in the given folder.
// Progress goes to stderr, the figures as one JSON line to stdout.
import { measurePractice } from './measure';

const [directory] = process.argv.slice(2) as [string];
const nativeBinding = process.env.WAYMARK_BENCH_NATIVE_BINDING || undefined;
// No top-level await: this file is also built as a CommonJS bundle.
measurePractice(directory, nativeBinding, (line) => process.stderr.write(`${line}\n`)).then(
  (measured) => process.stdout.write(`${JSON.stringify(measured)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
