// automerge-repo's storage, kept in a folder the adviser shares between their
// computers (Syncthing, a NAS, a cloud folder, a USB stick). Everything written
// there is sealed (./sealing.ts): each document under its own key, and each key
// under the vault's sync key, so the folder holds only ciphertext and erasing a
// document's key erases the document. What another program put there, or what a
// failed copy left behind, is reported and passed over, never thrown.
import { createHash, randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { link, mkdir, open as openFile, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';
import { open, seal, SealError, type SealErrorReason } from './sealing';

export type FolderStoreOptions = {
  /** The folder the adviser chose; it may hold other files. Ours go under `waymark-sync/`. */
  folder: string;
  /** 32 bytes, derived from the vault's data key. */
  syncKey: Uint8Array;
  /** Told of every file passed over; `file` is relative to the folder, with `/` between parts. */
  onSkip?: (file: string, reason: string) => void;
};

/** The shared folder itself is missing or refuses us: a sync cannot go on until it is back. */
export class FolderUnavailableError extends Error {
  constructor(folder: string, operation: 'read' | 'written', cause: unknown) {
    super(
      `The sync folder "${folder}" could not be ${operation}: ${whyUnavailable(cause)}. ` +
        'Nothing in this vault has changed; sync again once the folder is back.',
      { cause },
    );
    this.name = 'FolderUnavailableError';
  }
}

const root = 'waymark-sync';
const chunksDirectory = `${root}/chunks`;
const keysDirectory = `${root}/keys`;
const journalDirectory = `${root}/journal`;
/** A journal entry's name: when it was written (UTC, to the second), then a random part. */
const journalName = /^(\d{8}T\d{6}Z)-[0-9a-f]{16}$/;
const tempPrefix = '.tmp-';
/** A temp file this old belongs to a write that will never finish. */
const staleTempMs = 60 * 60 * 1000;

const sealReasons: Record<SealErrorReason, string> = {
  'not-waymark': 'could not be read: it was not made by Waymark',
  truncated: 'could not be read: it is cut short (it may still be copying)',
  'tampered-or-wrong-key': 'could not be read: damaged, moved within the folder, or made by a different vault',
};
const notOurs = 'was not made by Waymark, so it was left alone';
const keyProblems = {
  missing: "could not be read: its document's key is missing from the sync folder",
  unreadable: "could not be read: its document's key in the sync folder could not be opened",
};

// TypeScript's `private`, not `#` fields: the Electron security scan (electronegativity) parses the
// built bundle with a parser that does not know them (npm run test:electron-security).
export class FolderStore implements StorageAdapterInterface {
  private readonly folder: string;
  private readonly syncKey: Uint8Array;
  private readonly onSkip: (file: string, reason: string) => void;
  private readonly documentKeys = new Map<string, Uint8Array>();
  private readonly keysBeingMade = new Map<string, Promise<Uint8Array>>();
  /** Directories with new names not yet flushed to disk (see syncLater). */
  private readonly directoriesToSync = new Set<string>();
  /** Directories made or found by this store, so a save does not ask again. */
  private readonly knownDirectories = new Set<string>();
  /** Once `waymark-sync` has been seen, its absence means the folder went away (a USB stick pulled). */
  private hasSeenRoot = false;
  /**
   * The order this store saved chunks in. automerge-repo does not depend on the order of
   * loadRange, but its conformance tests expect the order of saving (as its own file
   * adapter gives, from a cache): chunks saved here come first in that order, then the rest by name.
   */
  private readonly saveOrder = new Map<string, number>();
  private saves = 0;

  constructor({ folder, syncKey, onSkip }: FolderStoreOptions) {
    if (syncKey.length !== 32) throw new Error('The sync key must be 32 bytes long.');
    this.folder = path.resolve(folder);
    this.syncKey = Uint8Array.from(syncKey);
    this.onSkip = onSkip ?? (() => {});
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const file = chunkPath(key);
    const sealed = await this.read(file);
    if (!sealed) return undefined;
    const documentKey = await this.readDocumentKey(firstPart(key));
    if (typeof documentKey === 'string') return this.skip(file, keyProblems[documentKey]);
    return this.open(documentKey, sealed, file);
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    const file = chunkPath(key);
    const documentKey = await this.documentKeyForSaving(firstPart(key));
    await this.writeAtomically(file, seal(documentKey, data, file));
    this.saveOrder.set(file, (this.saves += 1));
  }

  /**
   * The first copy of a document the folder did not hold when the sync began, from a vault that
   * has never sent it (most of a first sync). Its key is made without looking for one first: a key
   * another computer made meanwhile is found when the link to ours is refused. Returns the
   * signature of the chunk written (see chunkSignature), not of the folder's listing now: a chunk
   * another computer wrote meanwhile has not been read, and must look new to the next sync.
   */
  async saveFirstCopy(key: StorageKey, data: Uint8Array): Promise<string> {
    const file = chunkPath(key);
    const documentKey = await this.documentKeyForSaving(firstPart(key), { isNew: true });
    await this.writeAtomically(file, seal(documentKey, data, file));
    this.saveOrder.set(file, (this.saves += 1));
    return chunkSignatureOf([file]);
  }

  async remove(key: StorageKey): Promise<void> {
    const file = chunkPath(key);
    await this.unlink(file);
    this.saveOrder.delete(file);
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    if (prefix.length === 0) {
      const ranges = [];
      for (const documentId of await this.documentIds()) ranges.push(...(await this.loadRange([documentId])));
      return ranges;
    }
    const { chunks, foreign } = await this.listChunks(firstPart(prefix));
    for (const file of foreign) this.skip(file, notOurs);
    const wanted = chunks.filter((chunk) => startsWith(chunk.key, prefix)).sort(this.bySaveOrder);
    if (wanted.length === 0) return [];
    const documentKey = await this.readDocumentKey(firstPart(prefix));
    const loaded: Chunk[] = [];
    for (const { file, key } of wanted) {
      const sealed = await this.read(file);
      if (!sealed) continue;
      const data =
        typeof documentKey === 'string'
          ? this.skip(file, keyProblems[documentKey])
          : this.open(documentKey, sealed, file);
      if (data) loaded.push({ key, data });
    }
    return loaded;
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    if (prefix.length === 0) {
      for (const documentId of await this.documentIds()) await this.removeRange([documentId]);
      return;
    }
    const documentId = firstPart(prefix);
    if (prefix.length === 1) {
      // The whole document: its key goes first, so an erasure cut short by a pulled
      // drive still leaves nothing anyone can read.
      await this.unlink(keyPath(documentId));
      this.documentKeys.delete(documentId);
      const directory = documentDirectory(documentId);
      await rm(this.absolute(directory), { recursive: true, force: true }).catch((error: unknown) => {
        throw new FolderUnavailableError(this.folder, 'written', error);
      });
      this.knownDirectories.delete(directory);
      for (const file of this.saveOrder.keys()) if (file.startsWith(`${directory}/`)) this.saveOrder.delete(file);
      await this.syncDirectory(keysDirectory);
      await this.syncDirectory(chunksDirectory);
      return;
    }
    const { chunks } = await this.listChunks(documentId);
    for (const { file, key } of chunks) {
      if (!startsWith(key, prefix)) continue;
      await this.unlink(file);
      this.saveOrder.delete(file);
    }
  }

  /** The documents that have chunks in the folder (any id automerge-repo used, `storage-adapter-id` included). */
  async documentIds(): Promise<string[]> {
    await this.sweepTempFiles(keysDirectory);
    const ids: string[] = [];
    for (const entry of await this.list(chunksDirectory)) {
      if (isHousekeeping(entry.name)) continue;
      const documentId = entry.isDirectory() ? decodePart(entry.name) : undefined;
      if (documentId === undefined) this.skip(`${chunksDirectory}/${entry.name}`, notOurs);
      else ids.push(documentId);
    }
    return ids.sort();
  }

  async hasDocument(documentId: string): Promise<boolean> {
    try {
      return (await stat(this.absolute(documentDirectory(documentId)))).isDirectory();
    } catch (error) {
      await this.missingOrUnavailable(error, 'read');
      return false;
    }
  }

  /**
   * Changes whenever the document's set of chunk files changes. Names alone are
   * enough, and need no stat of each file: the sync engine names every chunk by
   * its content, so a chunk is never rewritten under its name with other bytes.
   */
  async chunkSignature(documentId: string): Promise<string> {
    return chunkSignatureOf(await this.chunkFiles(documentId));
  }

  /** The names of a document's chunk files now, as chunkSignatureOf takes them. */
  async chunkFiles(documentId: string): Promise<string[]> {
    return (await this.listChunks(documentId)).chunks.map(({ file }) => file);
  }

  // The journal ------------------------------------------------------------
  // Each sync that writes chunks names them in a journal entry of its own, sealed
  // under the sync key, so another computer opens only the documents named in
  // entries it has not read, not every document's folder (see journal.ts).

  /** Writes a journal entry naming the chunks given; returns its name. */
  async writeJournal(chunks: StorageKey[], at: Date): Promise<string> {
    // What it names must still be there after a power cut.
    await this.flushDirectories();
    const stamp = at
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const name = `${stamp}-${randomBytes(8).toString('hex')}`;
    const bytes = new TextEncoder().encode(JSON.stringify({ chunks }));
    await this.writeAtomically(`${journalDirectory}/${name}`, seal(this.syncKey, bytes, `journal:${name}`));
    return name;
  }

  /** The journal's entries, oldest first; anything else in its folder is reported and passed over. */
  async journalNames(): Promise<string[]> {
    const names: string[] = [];
    for (const entry of await this.list(journalDirectory)) {
      const file = `${journalDirectory}/${entry.name}`;
      if (entry.name.startsWith(tempPrefix)) await this.removeIfStale(file);
      if (isHousekeeping(entry.name)) continue;
      if (entry.isFile() && journalName.test(entry.name)) names.push(entry.name);
      else this.skip(file, notOurs);
    }
    return names.sort();
  }

  /** The chunks an entry names, or undefined (reported) when it cannot be read. */
  async readJournal(name: string): Promise<StorageKey[] | undefined> {
    const file = `${journalDirectory}/${name}`;
    const sealed = await this.read(file);
    if (!sealed) return undefined;
    const bytes = this.open(this.syncKey, sealed, file, `journal:${name}`);
    if (!bytes) return undefined;
    try {
      const { chunks } = JSON.parse(new TextDecoder().decode(bytes)) as { chunks: unknown };
      if (Array.isArray(chunks) && chunks.every(isStorageKey)) return chunks;
    } catch {
      // Sealed by this vault but not a journal entry: reported below.
    }
    return this.skip(file, 'was sealed by this vault but is not a journal entry; left as it is');
  }

  async removeJournal(name: string): Promise<void> {
    await this.unlink(`${journalDirectory}/${name}`);
  }

  /** Whether a chunk's file is in the folder now. */
  async hasChunk(key: StorageKey): Promise<boolean> {
    try {
      return (await stat(this.absolute(chunkPath(key)))).isFile();
    } catch (error) {
      await this.missingOrUnavailable(error, 'read');
      return false;
    }
  }

  private bySaveOrder = (a: { file: string }, b: { file: string }): number => {
    const orderA = this.saveOrder.get(a.file) ?? Infinity;
    const orderB = this.saveOrder.get(b.file) ?? Infinity;
    if (orderA !== orderB) return orderA - orderB;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  };

  private skip(file: string, reason: string): undefined {
    this.onSkip(file, reason);
    return undefined;
  }

  /** Opens a file's sealed bytes; a chunk's associated data is its own path. */
  private open(key: Uint8Array, sealed: Uint8Array, file: string, associatedData = file): Uint8Array | undefined {
    try {
      return open(key, sealed, associatedData);
    } catch (error) {
      if (error instanceof SealError) return this.skip(file, sealReasons[error.reason]);
      throw error;
    }
  }

  // Keys --------------------------------------------------------------------

  private async readDocumentKey(documentId: string): Promise<Uint8Array | 'missing' | 'unreadable'> {
    const known = this.documentKeys.get(documentId);
    if (known) return known;
    const file = keyPath(documentId);
    const sealed = await this.read(file);
    if (!sealed) return 'missing';
    const key = this.open(this.syncKey, sealed, file, `key:${documentId}`);
    if (!key) return 'unreadable';
    this.documentKeys.set(documentId, key);
    return key;
  }

  private documentKeyForSaving(documentId: string, { isNew = false } = {}): Promise<Uint8Array> {
    const known = this.documentKeys.get(documentId);
    if (known) return Promise.resolve(known);
    // Two saves of one new document in this process make one key between them.
    let making = this.keysBeingMade.get(documentId);
    if (!making) {
      making = (isNew ? this.makeDocumentKey(documentId) : this.readOrMakeDocumentKey(documentId)).finally(() =>
        this.keysBeingMade.delete(documentId),
      );
      this.keysBeingMade.set(documentId, making);
    }
    return making;
  }

  private async readOrMakeDocumentKey(documentId: string): Promise<Uint8Array> {
    const existing = await this.readDocumentKey(documentId);
    if (existing instanceof Uint8Array) return existing;
    // Never replaced: another vault's chunks may be sealed under it.
    if (existing === 'unreadable') throw unusableKeyError();
    return this.makeDocumentKey(documentId);
  }

  private async makeDocumentKey(documentId: string): Promise<Uint8Array> {
    const file = keyPath(documentId);
    const key = new Uint8Array(randomBytes(32));
    const sealed = seal(this.syncKey, key, `key:${documentId}`);
    await this.ensureDirectory(keysDirectory);
    // Another process, or another computer on the same share, may be making this key
    // now. A hard link to a finished temp file appears whole or not at all, and fails if
    // the name is taken: the loser then uses the winner's key, so both seal under one.
    // (Two computers each writing into their own copy of a Syncthing or cloud folder
    // cannot be kept apart like this; their copies are reconciled later, by that tool.)
    const temp = await this.writeTemp(keysDirectory, sealed).catch((error: unknown) => {
      throw new FolderUnavailableError(this.folder, 'written', error);
    });
    try {
      await link(this.absolute(temp), this.absolute(file));
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') return this.winnersKey(documentId);
      if (code === 'ENOENT') throw new FolderUnavailableError(this.folder, 'written', error);
      // FAT and exFAT drives (most USB sticks) and some network shares have no hard
      // links: an exclusive create is the next best (a crash mid-write leaves a short file).
      if (!(await this.createExclusively(file, sealed))) return this.winnersKey(documentId);
    } finally {
      await unlink(this.absolute(temp)).catch(() => {});
    }
    this.syncLater(keysDirectory);
    this.documentKeys.set(documentId, key);
    return key;
  }

  private async winnersKey(documentId: string): Promise<Uint8Array> {
    const key = await this.readDocumentKey(documentId);
    if (key instanceof Uint8Array) return key;
    throw unusableKeyError();
  }

  /** Writes a new file under a name nobody has; false when the name is taken. */
  private async createExclusively(file: string, bytes: Uint8Array): Promise<boolean> {
    try {
      const handle = await openFile(this.absolute(file), 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw new FolderUnavailableError(this.folder, 'written', error);
    }
  }

  // Files -------------------------------------------------------------------

  private absolute(file: string): string {
    return path.join(this.folder, ...file.split('/'));
  }

  /** A file's bytes, or undefined when it is not there. */
  private async read(file: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.absolute(file));
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EISDIR') return this.skip(file, notOurs);
      // A file where a document's folder should be; documentIds reports it.
      if (code === 'ENOTDIR') return undefined;
      await this.missingOrUnavailable(error, 'read');
      return undefined;
    }
  }

  private async unlink(file: string): Promise<void> {
    try {
      await unlink(this.absolute(file));
    } catch (error) {
      await this.missingOrUnavailable(error, 'written');
    }
  }

  private async list(directory: string): Promise<Dirent[]> {
    try {
      return await readdir(this.absolute(directory), { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === 'ENOTDIR') return [];
      await this.missingOrUnavailable(error, 'read');
      return [];
    }
  }

  /** A document's chunk files with their keys, and the files in its folder that are not ours. */
  private async listChunks(
    documentId: string,
  ): Promise<{ chunks: { file: string; key: string[] }[]; foreign: string[] }> {
    const directory = documentDirectory(documentId);
    const chunks: { file: string; key: string[] }[] = [];
    const foreign: string[] = [];
    for (const entry of await this.list(directory)) {
      const file = `${directory}/${entry.name}`;
      if (entry.name.startsWith(tempPrefix)) await this.removeIfStale(file);
      if (isHousekeeping(entry.name)) continue;
      const rest = entry.isFile() ? decodeChunkName(entry.name) : undefined;
      if (rest) chunks.push({ file, key: [documentId, ...rest] });
      else foreign.push(file);
    }
    return { chunks, foreign };
  }

  private async sweepTempFiles(directory: string): Promise<void> {
    for (const entry of await this.list(directory)) {
      if (entry.name.startsWith(tempPrefix)) await this.removeIfStale(`${directory}/${entry.name}`);
    }
  }

  /** A temp file an hour old was left by a write that died; younger ones may still be in use. */
  private async removeIfStale(file: string): Promise<void> {
    try {
      const { mtimeMs } = await stat(this.absolute(file));
      if (Date.now() - mtimeMs > staleTempMs) await unlink(this.absolute(file));
    } catch {
      // Gone already, or not ours to remove: either way, readers pass it over.
    }
  }

  /** A file saved whole or not at all: written beside its place, flushed, then renamed into it. */
  private async writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
    const directory = path.posix.dirname(file);
    for (let attempt = 1; ; attempt += 1) {
      await this.ensureDirectory(directory);
      try {
        const temp = await this.writeTemp(directory, bytes);
        await rename(this.absolute(temp), this.absolute(file)).catch(async (error: unknown) => {
          await unlink(this.absolute(temp)).catch(() => {});
          throw error;
        });
        await this.syncDirectory(directory);
        return;
      } catch (error) {
        // The document's folder removed under us (erased on another computer, say):
        // make it again once; if the whole folder has gone, ensureDirectory says so.
        if (errorCode(error) === 'ENOENT' && attempt === 1) {
          this.knownDirectories.clear();
          continue;
        }
        throw error instanceof FolderUnavailableError
          ? error
          : new FolderUnavailableError(this.folder, 'written', error);
      }
    }
  }

  private async writeTemp(directory: string, bytes: Uint8Array): Promise<string> {
    const temp = `${directory}/${tempPrefix}${randomBytes(8).toString('hex')}`;
    const handle = await openFile(this.absolute(temp), 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(this.absolute(temp)).catch(() => {});
      throw error;
    }
    await handle.close();
    return temp;
  }

  /** Makes a directory of ours and its parents, one level at a time, so a vanished folder is never made again. */
  private async ensureDirectory(directory: string): Promise<void> {
    if (this.knownDirectories.has(directory)) return;
    if (directory === root) {
      await this.ensureRoot();
    } else {
      const parent = path.posix.dirname(directory);
      await this.ensureDirectory(parent);
      try {
        await mkdir(this.absolute(directory));
        this.syncLater(parent);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw new FolderUnavailableError(this.folder, 'written', error);
      }
    }
    this.knownDirectories.add(directory);
  }

  private async ensureRoot(): Promise<void> {
    // Taken first: a save running beside this one may see the root meanwhile.
    const hasSeenRoot = this.hasSeenRoot;
    try {
      if (hasSeenRoot) await stat(this.absolute(root));
      else await mkdir(this.absolute(root));
    } catch (error) {
      if (hasSeenRoot || errorCode(error) !== 'EEXIST') {
        throw new FolderUnavailableError(this.folder, 'written', error);
      }
    }
    this.hasSeenRoot = true;
  }

  /**
   * A new name in a directory every new document adds to (its key, its folder of chunks): flushed
   * once for many, before the journal names what was written (flushDirectories), not once each.
   */
  private syncLater(directory: string): void {
    this.directoriesToSync.add(directory);
  }

  /** Makes new names made since the last call survive a power cut: called before a sync records anything as sent. */
  async flushDirectories(): Promise<void> {
    const directories = [...this.directoriesToSync];
    this.directoriesToSync.clear();
    for (const directory of directories) await this.syncDirectory(directory);
  }

  /** Makes a rename or a new name in a directory survive a power cut, where the platform allows. */
  private async syncDirectory(directory: string): Promise<void> {
    let handle;
    try {
      handle = await openFile(this.absolute(directory), 'r');
      await handle.sync();
    } catch (error) {
      // Windows cannot open a directory, and some file systems cannot flush one.
      if (['EPERM', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EACCES'].includes(errorCode(error) ?? '')) return;
      // Never made (an erasure before anything was written here): nothing to flush, unless the folder went.
      if (errorCode(error) === 'ENOENT') return this.missingOrUnavailable(error, 'written');
      throw new FolderUnavailableError(this.folder, 'written', error);
    } finally {
      await handle?.close();
    }
  }

  /**
   * A file that is not there is simply absent, unless `waymark-sync` itself has gone
   * after this store saw it, or the chosen folder has: then the drive has gone away.
   * Any other failure is the folder's, not the file's.
   */
  private async missingOrUnavailable(error: unknown, operation: 'read' | 'written'): Promise<void> {
    if (errorCode(error) !== 'ENOENT') throw new FolderUnavailableError(this.folder, operation, error);
    // Taken before looking: a save beside this one may make `waymark-sync` while the look is
    // under way, and its absence a moment before is then an empty store, not a folder gone.
    const hadSeenRoot = this.hasSeenRoot;
    try {
      await stat(this.absolute(root));
      this.hasSeenRoot = true;
      return;
    } catch (rootError) {
      if (hadSeenRoot || errorCode(rootError) !== 'ENOENT') {
        throw new FolderUnavailableError(this.folder, operation, rootError);
      }
    }
    // Never made here: an empty store, if the chosen folder is there.
    await stat(this.folder).catch((folderError: unknown) => {
      throw new FolderUnavailableError(this.folder, operation, folderError);
    });
  }
}

// Names -----------------------------------------------------------------------
// A key's parts become file names as unpadded lowercase base32 of their UTF-8:
// reversible, never two names equal but for case (macOS and Windows ignore case,
// and document ids differ by case), and only a-z and 2-7, which no file system
// refuses. Base32 cannot spell a reserved Windows name (CON, COM1...): three
// letters is no length it makes, and a four-letter name ends in `a` or `q`.
// A chunk's name is `c`, then `-` and each further part: `c` alone is a key of
// one part, `c-` a second part that is empty.

const base32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** Below the 255 a file name may have, with room for a file system's own suffixes. */
const longestName = 240;

function encodePart(part: string): string {
  // A lone surrogate would come back as U+FFFD: refused, so that decoding gives back what was saved.
  if (/\p{Cs}/u.test(part)) throw new Error('This storage key is not well-formed text, so it cannot name a file.');
  let text = '';
  let bits = 0;
  let value = 0;
  for (const byte of new TextEncoder().encode(part)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += base32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) text += base32[(value << (5 - bits)) & 31];
  return text;
}

function decodePart(text: string): string | undefined {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const character of text) {
    const digit = base32.indexOf(character);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  try {
    const part = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(bytes));
    // Only the one spelling our encoder makes, so no two names are one key.
    return encodePart(part) === text ? part : undefined;
  } catch {
    return undefined;
  }
}

function fileName(name: string): string {
  if (name.length > longestName) throw new Error('This storage key is too long to name a file in the sync folder.');
  return name;
}

function firstPart(key: StorageKey): string {
  const documentId = key[0];
  // An empty first part would be a folder with no name.
  if (!documentId) throw new Error('A storage key must start with a document id.');
  return documentId;
}

/** The folder of one document's chunks, relative to the chosen folder (tests damage files in it). */
export function documentDirectory(documentId: string): string {
  return `${chunksDirectory}/${fileName(encodePart(documentId))}`;
}

/** Changes whenever a document's set of chunk files does (see chunkSignature). */
export const chunkSignatureOf = (files: Iterable<string>): string =>
  createHash('sha256')
    .update([...files].sort().join('\n'))
    .digest('hex');

function keyPath(documentId: string): string {
  return `${keysDirectory}/${fileName(encodePart(documentId))}`;
}

/** A chunk's file, relative to the folder, as chunkFiles names it. */
export function chunkPath(key: StorageKey): string {
  const name = `c${key
    .slice(1)
    .map((part) => `-${encodePart(part)}`)
    .join('')}`;
  return `${documentDirectory(firstPart(key))}/${fileName(name)}`;
}

/** When a journal entry was written, from its name. */
export function journalTime(name: string): Date | undefined {
  const stamp = journalName.exec(name)?.[1];
  if (!stamp) return undefined;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

const isStorageKey = (key: unknown): key is StorageKey =>
  Array.isArray(key) && key.length > 0 && key.every((part) => typeof part === 'string');

/** The parts after the document id, or undefined for a name we never make. */
function decodeChunkName(name: string): string[] | undefined {
  if (name !== 'c' && !name.startsWith('c-')) return undefined;
  const rest = name.slice(1).split('-').slice(1).map(decodePart);
  return rest.every((part) => part !== undefined) ? (rest as string[]) : undefined;
}

function startsWith(key: string[], prefix: string[]): boolean {
  return prefix.length <= key.length && prefix.every((part, index) => key[index] === part);
}

/** Files other programs keep beside ours: hidden files, temp files (ours and Syncthing's), Windows' own. */
function isHousekeeping(name: string): boolean {
  return /^[.~]/.test(name) || /^(desktop\.ini|thumbs\.db)$/i.test(name);
}

// Errors ----------------------------------------------------------------------

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function whyUnavailable(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'ESTALE':
      return 'it is no longer there (if it is on a USB stick or a network drive, reconnect it)';
    case 'EACCES':
    case 'EPERM':
      return 'this computer is not allowed to use it';
    case 'EROFS':
      return 'the drive it is on is read-only';
    case 'ENOSPC':
      return 'the drive it is on is full';
    default:
      return 'the drive it is on reported an error';
  }
}

function unusableKeyError(): Error {
  return new Error(
    'A document in the sync folder cannot be updated: its key there is damaged or was made by a different vault. Nothing in this vault has changed.',
  );
}
