// Writing the file an adviser named with --out: whole or not at all (an atomic
// replace), and when the place cannot take it, a plain sentence saying why
// rather than "Something went wrong". The path is the adviser's own, shown only
// on their terminal; the dispatcher never logs an AppError's message.
import { dirname } from 'node:path';
import { AppError, isDiskFullError } from '../errors';
import { writeFileAtomically } from '../vault/atomic-file';

const reasons: Record<string, (file: string) => string> = {
  ENOENT: (file) => `the folder ${dirname(file)} does not exist`,
  ENOTDIR: (file) => `${dirname(file)} is not a folder`,
  EISDIR: () => 'that is a folder: give a file name inside it',
  EACCES: () => 'this account may not write there',
  EPERM: () => 'this account may not write there',
  EROFS: () => 'that drive is read-only',
};

export function writeOutputFile(file: string, contents: string | Uint8Array): void {
  try {
    writeFileAtomically(file, contents);
  } catch (error) {
    if (isDiskFullError(error)) throw new AppError('DISK_FULL', `The disk is full, so ${file} was not written.`);
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = code ? reasons[code] : undefined;
    if (reason)
      throw new AppError('VALIDATION', `Waymark could not write ${file}: ${reason(file)}. Nothing was written.`);
    throw error;
  }
}
