// The desktop app's log file, so a failed start or a strange error can be
// looked into afterwards (Help > Open the log folder). It holds what the
// logger writes: codes and counts, never personal data, passphrases or keys.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const logFileName = 'waymark.log';
/** Past this size the log is moved to waymark.old.log (replacing the older one) and started again. */
const rotateAtBytes = 1_000_000;

export type LogFile = { file: string; write(line: string): void };

export function openLogFile(folder: string): LogFile {
  const file = join(folder, logFileName);
  const older = join(folder, 'waymark.old.log');
  let isWritable = true;
  try {
    mkdirSync(folder, { recursive: true });
    if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > rotateAtBytes) renameSync(file, older);
  } catch {
    // A log that cannot be kept must never stop the app; standard error still has it.
    isWritable = false;
  }
  return {
    file,
    write(line) {
      if (!isWritable) return;
      try {
        appendFileSync(file, line, { mode: 0o600 });
      } catch {
        isWritable = false;
      }
    },
  };
}
