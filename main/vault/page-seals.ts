// Every page of the vault's database carries a seal: SQLCipher (version 4, the
// format main/db/open.ts asks for) ends each 4 KB page with 16 bytes of IV and
// an HMAC-SHA512 of the encrypted page, its IV and its page number. Checking
// those seals here, with Node's crypto, finds any page changed on disk (a bit
// flipped, a torn write, a page from another file) in about a third of the time
// PRAGMA quick_check takes to decrypt and walk every page: this build of SQLite
// uses portable C for AES and SHA-512 (its AES instructions are switched off),
// where Node's OpenSSL has assembly written for the processor.
//
// A seal that does not match proves nothing on its own: a page being written
// while it is read can look wrong. The caller confirms with SQLite's own check.
import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const pageSize = 4096;
const saltBytes = 16;
// The seal covers everything before it: the encrypted page and its IV.
const sealBytes = 64;
// SQLCipher 4 derives the seal's key from the data key and the file's salt (each byte XOR 0x3a), two PBKDF2 rounds.
const sealKeySaltMask = 0x3a;
const sealKeyRounds = 2;
const pagesPerRead = 1024;
// SQLite never writes the page holding the byte at 1 GiB that its file locks use,
// so a database past 1 GiB has one page there with no seal.
const lockBytePage = 0x40000000 / pageSize + 1;

export type PageSealReport = { pages: number; unsealedPages: number[] };

/** Checks the seal of every page in the database file; the data key is only read. */
export function checkPageSeals(file: string, dataKey: Buffer): PageSealReport {
  const descriptor = openSync(file, 'r');
  try {
    const size = fstatSync(descriptor).size;
    const chunk = Buffer.allocUnsafe(pageSize * pagesPerRead);
    const unsealedPages: number[] = [];
    // A file that is not whole pages has lost part of its last one.
    if (size % pageSize !== 0) unsealedPages.push(Math.ceil(size / pageSize));
    if (size < pageSize) return { pages: 0, unsealedPages };
    readSync(descriptor, chunk, 0, saltBytes, 0);
    const sealKey = pbkdf2Sync(
      dataKey,
      chunk.subarray(0, saltBytes).map((byte) => byte ^ sealKeySaltMask),
      sealKeyRounds,
      32,
      'sha512',
    );
    try {
      const pageNumber = Buffer.alloc(4);
      let pages = 0;
      for (let offset = 0; offset + pageSize <= size;) {
        const read = readSync(descriptor, chunk, 0, chunk.length, offset);
        const wholePages = read - (read % pageSize);
        // The file cut short while it was read: its end is for the next check.
        if (wholePages === 0) break;
        for (let start = 0; start < wholePages; start += pageSize) {
          pages += 1;
          const number = (offset + start) / pageSize + 1;
          if (number === lockBytePage) continue;
          const page = chunk.subarray(start, start + pageSize);
          pageNumber.writeUInt32LE(number);
          const seal = createHmac('sha512', sealKey)
            // Page 1 begins with the salt, which is not encrypted or sealed.
            .update(page.subarray(number === 1 ? saltBytes : 0, pageSize - sealBytes))
            .update(pageNumber)
            .digest();
          if (!seal.equals(page.subarray(pageSize - sealBytes))) unsealedPages.push(number);
        }
        offset += wholePages;
      }
      return { pages, unsealedPages };
    } finally {
      sealKey.fill(0);
    }
  } finally {
    closeSync(descriptor);
  }
}
