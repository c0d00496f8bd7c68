// The sync folder's storage: automerge-repo's own conformance tests, no plaintext
// in any byte of the folder, only the same vault's sync key opens it, and damaged,
// moved or foreign files passed over with a reason while everything else loads.
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runStorageAdapterTests } from '@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderStore, FolderUnavailableError } from '../../main/services/sync/folder-store';
import { open } from '../../main/services/sync/sealing';

const docA = '4NMNnkMhL8jXrdJ9jamS58PAVdXu';
const docB = '3G1M6iF8wYtDh6HE2Ziz2oVYF1Ld';
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

let workspace: string;
let folder: string;
let syncKey: Buffer;
let skipped: { file: string; reason: string }[];

function makeStore(key: Uint8Array = syncKey): FolderStore {
  return new FolderStore({ folder, syncKey: key, onSkip: (file, reason) => skipped.push({ file, reason }) });
}

/** Every file under a directory, relative to it, with `/` between parts. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const chunkFiles = () => filesUnder(folder).filter((file) => file.startsWith('waymark-sync/chunks/'));
const keyFiles = () => filesUnder(folder).filter((file) => file.startsWith('waymark-sync/keys/'));

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'waymark-sync-store-'));
  folder = join(workspace, 'Shared with Syncthing');
  mkdirSync(folder);
  syncKey = randomBytes(32);
  skipped = [];
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

describe('automerge-repo conformance', () => {
  runStorageAdapterTests(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'waymark-sync-conformance-'));
    return {
      adapter: new FolderStore({ folder: directory, syncKey: randomBytes(32) }),
      teardown: () => rmSync(directory, { recursive: true, force: true }),
    };
  }, 'FolderStore');
});

describe('the sync folder store', () => {
  it('writes no name, in UTF-8 or UTF-16LE, and no key into any byte of the folder', async () => {
    const store = makeStore();
    const names = ['Siân O’Neill', "Siân O'Neill", 'مريم', "Robert'); DROP TABLE"];
    for (const [index, name] of names.entries()) {
      await store.save([docA, 'incremental', `utf8-${index}`], bytes(`client: ${name}; notes about ${name}`));
      await store.save([docA, 'incremental', `utf16-${index}`], new Uint8Array(Buffer.from(name, 'utf16le')));
    }
    await store.save([docB, 'snapshot', 'only'], bytes(names.join('\n')));

    expect(keyFiles()).toEqual([keyFile(docA), keyFile(docB)].sort());
    const documentKeys = [docA, docB].map((documentId) =>
      open(syncKey, readFileSync(join(folder, keyFile(documentId))), `key:${documentId}`),
    );
    const needles = [
      ...names.flatMap((name) => [Buffer.from(name, 'utf8'), Buffer.from(name, 'utf16le')]),
      ...documentKeys.map((key) => Buffer.from(key)),
      syncKey,
    ];
    const files = filesUnder(folder);
    expect(files.length).toBe(names.length * 2 + 1 + 2);
    for (const file of files) {
      const content = readFileSync(join(folder, file));
      for (const needle of needles) expect(content.includes(needle), `${file} holds a secret`).toBe(false);
    }
    // And what was saved comes back.
    expect(await makeStore().load([docA, 'incremental', 'utf16-2'])).toStrictEqual(
      new Uint8Array(Buffer.from('مريم', 'utf16le')),
    );
  });

  it('opens for a second store with the same sync key, and for no other key', async () => {
    const first = makeStore();
    await first.save([docA, 'incremental', 'one'], bytes('first'));
    await first.save([docA, 'snapshot', 'two'], bytes('second'));
    await first.save([docB, 'incremental', 'three'], bytes('third'));

    const second = makeStore();
    expect(await second.documentIds()).toEqual([docB, docA].sort());
    expect(await second.loadRange([docA])).toStrictEqual([
      { key: [docA, 'incremental', 'one'], data: bytes('first') },
      { key: [docA, 'snapshot', 'two'], data: bytes('second') },
    ]);
    expect(await second.load([docB, 'incremental', 'three'])).toStrictEqual(bytes('third'));
    expect(skipped).toEqual([]);

    const stranger = makeStore(randomBytes(32));
    expect(await stranger.loadRange([docA])).toEqual([]);
    expect(await stranger.load([docB, 'incremental', 'three'])).toBeUndefined();
    expect(skipped).toHaveLength(3 + 2);
    for (const { file, reason } of skipped) {
      expect(file).toMatch(/^waymark-sync\/(keys|chunks)\//);
      expect(reason).toMatch(/^could not be read: /);
    }
    // A stranger never replaces a key it cannot open: that would shred the other vault's chunks.
    await expect(stranger.save([docA, 'incremental', 'four'], bytes('fourth'))).rejects.toThrow(
      /its key there is damaged or was made by a different vault/,
    );
    expect(await makeStore().load([docA, 'incremental', 'one'])).toStrictEqual(bytes('first'));
  });

  it('passes over tampered, truncated, swapped, foreign and keyless files, and loads the rest', async () => {
    const store = makeStore();
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) await store.save([docA, 'incremental', name], bytes(name));
    await store.save([docB, 'snapshot', 'x'], bytes('other document'));
    const path = (name: string) => join(folder, chunkFile([docA, 'incremental', name]));
    expect(chunkFiles()).toContain(chunkFile([docA, 'incremental', 'a']));

    const tampered = readFileSync(path('a'));
    tampered[tampered.length - 20]! ^= 1;
    writeFileSync(path('a'), tampered);
    writeFileSync(path('b'), readFileSync(path('b')).subarray(0, 30));
    const swapped = readFileSync(path('c'));
    writeFileSync(path('c'), readFileSync(path('d')));
    writeFileSync(path('d'), swapped);
    writeFileSync(join(folder, chunkFile([docA]).replace(/c$/, 'notes.txt')), 'a stranger was here');
    writeFileSync(join(folder, chunkFile([docA, 'incremental', 'z'])), 'plain text under a name like ours');

    const second = makeStore();
    expect(await second.loadRange([docA])).toStrictEqual([
      { key: [docA, 'incremental', 'e'], data: bytes('e') },
      { key: [docA, 'incremental', 'f'], data: bytes('f') },
    ]);
    const reasonOf = (name: string) =>
      skipped.find(({ file }) => file === chunkFile([docA, 'incremental', name]))?.reason;
    expect(reasonOf('a')).toBe('could not be read: damaged, moved within the folder, or made by a different vault');
    expect(reasonOf('b')).toBe('could not be read: it is cut short (it may still be copying)');
    expect(reasonOf('c')).toMatch(/moved within the folder/);
    expect(reasonOf('d')).toMatch(/moved within the folder/);
    expect(reasonOf('z')).toBe('could not be read: it was not made by Waymark');
    expect(skipped).toContainEqual({
      file: chunkFile([docA]).replace(/c$/, 'notes.txt'),
      reason: 'was not made by Waymark, so it was left alone',
    });
    expect(skipped).toHaveLength(6);
    expect(await second.load([docA, 'incremental', 'a'])).toBeUndefined();
    expect(await second.load([docA, 'incremental', 'f'])).toStrictEqual(bytes('f'));

    // A chunk moved into another document's folder opens under neither key.
    renameSync(path('e'), join(folder, chunkFile([docB, 'snapshot', 'e'])));
    skipped = [];
    expect(await makeStore().loadRange([docB])).toStrictEqual([
      { key: [docB, 'snapshot', 'x'], data: bytes('other document') },
    ]);
    expect(skipped).toEqual([{ file: chunkFile([docB, 'snapshot', 'e']), reason: expect.stringMatching(/moved/) }]);

    // Without its key, every chunk of a document is passed over; the others still load.
    unlinkSync(join(folder, keyFile(docA)));
    skipped = [];
    const keyless = makeStore();
    expect(await keyless.loadRange([docA, 'incremental', 'f'])).toEqual([]);
    expect(await keyless.load([docA, 'incremental', 'f'])).toBeUndefined();
    expect(skipped.filter(({ file }) => !file.endsWith('notes.txt'))).toEqual([
      {
        file: chunkFile([docA, 'incremental', 'f']),
        reason: "could not be read: its document's key is missing from the sync folder",
      },
      {
        file: chunkFile([docA, 'incremental', 'f']),
        reason: "could not be read: its document's key is missing from the sync folder",
      },
    ]);
    expect(await keyless.load([docB, 'snapshot', 'x'])).toStrictEqual(bytes('other document'));
  });

  it('leaves no temp files, passes over a fresh one and clears one an hour old', async () => {
    const store = makeStore();
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => store.save([docA, 'incremental', `${index}`], bytes(`${index}`))),
    );
    expect(filesUnder(folder).filter((file) => file.includes('.tmp-'))).toEqual([]);
    expect(keyFiles()).toEqual([keyFile(docA)]);

    const directory = join(folder, chunkFile([docA])).replace(/c$/, '');
    writeFileSync(join(directory, '.tmp-fresh'), 'half a write');
    writeFileSync(join(directory, '.tmp-stale'), 'a write that died');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(directory, '.tmp-stale'), twoHoursAgo, twoHoursAgo);

    expect(await makeStore().loadRange([docA])).toHaveLength(20);
    expect(skipped).toEqual([]);
    expect(existsSync(join(directory, '.tmp-fresh'))).toBe(true);
    expect(existsSync(join(directory, '.tmp-stale'))).toBe(false);
  });

  it('erases a document from a folder that has never held anything, and still says when the folder has gone', async () => {
    // A client erased before this computer's first sync: the sync tells the folder, which has no keys yet.
    await expect(makeStore().removeRange([docA])).resolves.toBeUndefined();
    expect(filesUnder(folder)).toEqual([]);
    rmSync(folder, { recursive: true });
    await expect(makeStore().removeRange([docA])).rejects.toBeInstanceOf(FolderUnavailableError);
  });

  it('erases a whole document with its key, and part of one without', async () => {
    const store = makeStore();
    await store.save([docA, 'incremental', 'one'], bytes('one'));
    await store.save([docA, 'snapshot', 'two'], bytes('two'));
    await store.save([docB, 'incremental', 'three'], bytes('three'));

    await store.removeRange([docA, 'incremental']);
    expect(await store.loadRange([docA])).toStrictEqual([{ key: [docA, 'snapshot', 'two'], data: bytes('two') }]);
    expect(keyFiles()).toContain(keyFile(docA));

    const signature = await store.chunkSignature(docA);
    expect(await store.hasDocument(docA)).toBe(true);
    await store.removeRange([docA]);
    expect(keyFiles()).toEqual([keyFile(docB)]);
    expect(chunkFiles()).toEqual([chunkFile([docB, 'incremental', 'three'])]);
    expect(await store.hasDocument(docA)).toBe(false);
    expect(await store.documentIds()).toEqual([docB]);
    expect(await store.chunkSignature(docA)).not.toBe(signature);
    expect(await makeStore().load([docA, 'snapshot', 'two'])).toBeUndefined();
    expect(skipped).toEqual([]);

    // Saved again after an erasure, a document gets a new key.
    await store.save([docA, 'incremental', 'four'], bytes('four'));
    expect(await makeStore().loadRange([docA])).toStrictEqual([
      { key: [docA, 'incremental', 'four'], data: bytes('four') },
    ]);
  });

  it("changes a document's signature when its chunks change, and only then", async () => {
    const store = makeStore();
    await store.save([docA, 'incremental', 'one'], bytes('one'));
    const first = await store.chunkSignature(docA);
    expect(await makeStore().chunkSignature(docA)).toBe(first);
    await store.save([docB, 'incremental', 'one'], bytes('one'));
    expect(await store.chunkSignature(docA)).toBe(first);

    await store.save([docA, 'incremental', 'two'], bytes('two'));
    const second = await store.chunkSignature(docA);
    expect(second).not.toBe(first);
    // The names tell: the sync engine names each chunk by its content, so no file is rewritten with other bytes.
    await store.save([docA, 'incremental', 'two'], bytes('two'));
    expect(await store.chunkSignature(docA)).toBe(second);
    await store.remove([docA, 'incremental', 'two']);
    expect(await store.chunkSignature(docA)).not.toBe(second);
    expect(await store.chunkSignature(docA)).toBe(first);
  });

  it('keeps keys apart that differ only by case, and gives back odd keys exactly', async () => {
    const store = makeStore();
    const lower = docA.toLowerCase();
    const odd = ['', 'CON', 'a/b\\c:d*?"<>|', '..', '\uFEFFbom', 'Siân', ' trailing. ', 'x'.repeat(100)];
    await store.save([docA, 'incremental', 'same'], bytes('upper'));
    await store.save([lower, 'incremental', 'same'], bytes('lower'));
    for (const [index, part] of odd.entries()) await store.save([docB, part, `${index}`], bytes(`odd ${index}`));
    await store.save([docB], bytes('no more parts'));

    const names = filesUnder(folder).map((file) => file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const file of filesUnder(folder))
      expect(file).toMatch(/^waymark-sync\/(keys\/[a-z2-7]+|chunks\/[a-z2-7]+\/c(-[a-z2-7]*)*)$/);

    const reader = makeStore();
    expect(await reader.load([docA, 'incremental', 'same'])).toStrictEqual(bytes('upper'));
    expect(await reader.load([lower, 'incremental', 'same'])).toStrictEqual(bytes('lower'));
    expect(await reader.documentIds()).toEqual([docA, lower, docB].sort());
    const loaded = await reader.loadRange([docB]);
    expect(loaded.map(({ key }) => key).sort()).toEqual(
      [[docB], ...odd.map((part, index) => [docB, part, `${index}`])].sort(),
    );
    expect(await reader.loadRange([docB, ''])).toStrictEqual([{ key: [docB, '', '0'], data: bytes('odd 0') }]);
    expect(skipped).toEqual([]);
    // A lone surrogate would come back as U+FFFD, another key: refused rather than saved as one.
    await expect(store.save([docB, 'half \uD800 a pair'], bytes('x'))).rejects.toThrow(/not well-formed text/);
  });

  it('refuses, in plain words, when the folder goes away in use, and does not make it again', async () => {
    const store = makeStore();
    await store.save([docA, 'incremental', 'one'], bytes('one'));
    rmSync(folder, { recursive: true, force: true });

    const secrets = [syncKey.toString('hex'), syncKey.toString('base64'), docA];
    const attempts: (() => Promise<unknown>)[] = [
      () => store.load([docA, 'incremental', 'one']),
      () => store.save([docA, 'incremental', 'two'], bytes('two')),
      () => store.save([docB, 'incremental', 'two'], bytes('two')),
      () => store.loadRange([docA]),
      () => store.documentIds(),
      () => store.removeRange([docA]),
      () => makeStore().load([docA, 'incremental', 'one']),
    ];
    for (const attempt of attempts) {
      const error: unknown = await attempt().then(
        () => 'no error',
        (rejection: unknown) => rejection,
      );
      expect(error).toBeInstanceOf(FolderUnavailableError);
      const { message } = error as Error;
      expect(message).toBe(
        `The sync folder "${folder}" could not be ${/read/.test(message) ? 'read' : 'written'}: it is no longer there (if it is on a USB stick or a network drive, reconnect it). Nothing in this vault has changed; sync again once the folder is back.`,
      );
      for (const secret of secrets) expect(message).not.toContain(secret);
    }
    expect(existsSync(folder)).toBe(false);

    // Only waymark-sync gone, after it was seen: the same.
    mkdirSync(folder);
    const fresh = makeStore();
    expect(await fresh.load([docA, 'incremental', 'one'])).toBeUndefined();
    expect(await fresh.documentIds()).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
    await fresh.save([docA, 'incremental', 'one'], bytes('one'));
    rmSync(join(folder, 'waymark-sync'), { recursive: true });
    await expect(fresh.load([docA, 'incremental', 'one'])).rejects.toBeInstanceOf(FolderUnavailableError);
    await expect(fresh.save([docA, 'incremental', 'one'], bytes('one'))).rejects.toBeInstanceOf(FolderUnavailableError);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('makes one key when two stores save to a new document at once, so each reads the other', async () => {
    const documents = Array.from({ length: 10 }, (_, index) => `${docA.slice(0, -2)}${index}x`);
    const left = makeStore();
    const right = makeStore();
    await Promise.all(
      documents.flatMap((documentId) => [
        left.save([documentId, 'incremental', 'left'], bytes(`left ${documentId}`)),
        right.save([documentId, 'incremental', 'right'], bytes(`right ${documentId}`)),
      ]),
    );
    for (const documentId of documents) {
      for (const store of [left, right, makeStore()]) {
        expect((await store.loadRange([documentId])).map(({ data }) => Buffer.from(data!).toString()).sort()).toEqual([
          `left ${documentId}`,
          `right ${documentId}`,
        ]);
      }
    }
    expect(skipped).toEqual([]);
    expect(keyFiles()).toEqual(documents.map(keyFile).sort());
    expect(filesUnder(folder).filter((file) => file.includes('.tmp-'))).toEqual([]);
  });
  it('sends a first copy under the key another computer made meanwhile, and signs only what it wrote', async () => {
    // Both computers set up from one backup, syncing for the first time: the other made the key first.
    const other = makeStore();
    await other.save([docA, 'snapshot', 'other'], bytes('the other computer'));
    const here = makeStore();
    const signature = await here.saveFirstCopy([docA, 'snapshot', 'here'], bytes('this computer'));
    expect(skipped).toEqual([]);
    expect(keyFiles()).toEqual([keyFile(docA)]);
    for (const store of [other, here, makeStore()])
      expect((await store.loadRange([docA])).map(({ data }) => Buffer.from(data!).toString()).sort()).toEqual([
        'the other computer',
        'this computer',
      ]);
    // The other computer's chunk was not read here, so the folder's copy must still look changed next time.
    expect(signature).not.toBe(await here.chunkSignature(docA));
    await here.remove([docA, 'snapshot', 'other']);
    expect(signature).toBe(await here.chunkSignature(docA));

    // A document nobody had: a key of its own, readable by another store with the sync key.
    await here.saveFirstCopy([docB, 'snapshot', 'here'], bytes('new here'));
    expect(keyFiles()).toEqual([keyFile(docA), keyFile(docB)].sort());
    expect((await makeStore().loadRange([docB])).map(({ data }) => Buffer.from(data!).toString())).toEqual([
      'new here',
    ]);
    expect(filesUnder(folder).filter((file) => file.includes('.tmp-'))).toEqual([]);
  });
});

// The folder's layout, spelled out here so a change to it fails a test: each part
// of a key as unpadded lowercase base32 of its UTF-8.
function base32(text: string): string {
  const bits = [...Buffer.from(text, 'utf8')].map((byte) => byte.toString(2).padStart(8, '0')).join('');
  const padded = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  return (padded.match(/.{5}/g) ?? []).map((group) => 'abcdefghijklmnopqrstuvwxyz234567'[parseInt(group, 2)]).join('');
}

function chunkFile([documentId, ...rest]: string[]): string {
  return `waymark-sync/chunks/${base32(documentId!)}/c${rest.map((part) => `-${base32(part)}`).join('')}`;
}

function keyFile(documentId: string): string {
  return `waymark-sync/keys/${base32(documentId)}`;
}
