// Replace a file so that a crash at any moment leaves either the old or the new
// contents, never a mixture: write a sibling, flush it to disk, rename over.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export function writeFileAtomically(file: string, contents: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  let isRenamed = false;
  try {
    const descriptor = openSync(temporary, 'wx', 0o600);
    try {
      let written = 0;
      while (written < bytes.length) {
        written += writeSync(descriptor, bytes, written, bytes.length - written);
      }
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, file);
    isRenamed = true;
    syncDirectory(dirname(file));
  } finally {
    if (!isRenamed) rmSync(temporary, { force: true });
  }
}

/** Make the rename itself durable. Windows cannot open a directory; NTFS journals renames. */
function syncDirectory(directory: string): void {
  if (process.platform === 'win32') return;
  const descriptor = openSync(directory, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
