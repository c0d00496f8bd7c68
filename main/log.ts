// The one logger. Messages are prefixed with their module; they must never hold
// personal data, passphrases or keys, so callers log codes and counts, not values.

type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const configured = process.env.WAYMARK_LOG_LEVEL as Level | undefined;
  return order[configured ?? 'info'] ?? order.info;
}

export type Logger = Record<Level, (message: string, details?: Record<string, string | number | boolean>) => void>;

/** Also written to, after standard error: the desktop app keeps a log file the adviser can find (see main/electron/log-file.ts). */
const sinks: ((line: string) => void)[] = [];

export function addLogSink(sink: (line: string) => void): void {
  sinks.push(sink);
}

/**
 * Standard error, except under the test runner: there a line goes through the
 * console, which vitest holds back and prints only for a test that failed
 * (silent: 'passed-only'), so a passing run is quiet and a failing one explains itself.
 */
const writeLine: (line: string) => void = process.env.VITEST
  ? // eslint-disable-next-line no-console -- the test runner's console is the one it can hold back
    (line) => console.error(line.trimEnd())
  : (line) => process.stderr.write(line);

export function createLogger(module: string): Logger {
  const write = (level: Level) => (message: string, details?: Record<string, string | number | boolean>) => {
    if (order[level] < threshold()) return;
    const suffix = details ? ` ${JSON.stringify(details)}` : '';
    const line = `${new Date().toISOString()} ${level.toUpperCase()} [${module}] ${message}${suffix}\n`;
    writeLine(line);
    for (const sink of sinks) sink(line);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
