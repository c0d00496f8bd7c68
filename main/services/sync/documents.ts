// Automerge documents as sync keeps them: a flat map of fields (see
// case-file-rows.ts), so two computers that each add a row never race to
// create the same nested object, and every column merges on its own. Free
// text merges as text; other strings are single values, kept both ways when
// two computers set them differently.
import { randomBytes, randomUUID } from 'node:crypto';
import { next as A } from '@automerge/automerge';
import { isTextField, parseFieldName, type FieldValue, type Fields } from './case-file-rows';

export type SyncDoc = A.Doc<Record<string, unknown>>;

/** The document's own record of what it holds, set when it is made: `client:<id>` or `practice`. */
const entityField = '_entity';

export const emptyDocument = (): SyncDoc => A.init<Record<string, unknown>>();

export const entityOfDocument = (doc: SyncDoc): string | undefined => {
  const value = readValue(doc[entityField]);
  return typeof value === 'string' ? value : undefined;
};

function readValue(value: unknown): FieldValue | undefined {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || value === true) return value;
  if (value instanceof Uint8Array) return value;
  if (A.isRawString(value)) return value.toString();
  return undefined;
}

const isField = (name: string) => name.includes('\u001f');

export function fieldsOf(doc: SyncDoc): Fields {
  const fields: Fields = new Map();
  for (const [name, value] of Object.entries(doc)) {
    if (!isField(name)) continue;
    const read = readValue(value);
    if (read !== undefined) fields.set(name, read);
  }
  return fields;
}

const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined): boolean =>
  a instanceof Uint8Array && b instanceof Uint8Array
    ? Buffer.from(a).equals(Buffer.from(b))
    : (a ?? null) === (b ?? null) && a !== undefined;

/** Records the fields as they are now, as one change holding only what differs (none if nothing does). */
export function withFields(doc: SyncDoc, entity: string, fields: Fields): SyncDoc {
  const before = fieldsOf(doc);
  const differs =
    entityOfDocument(doc) !== entity ||
    before.size !== fields.size ||
    [...fields].some(([name, value]) => !sameValue(before.get(name), value));
  if (!differs) return doc;
  return A.change(doc, (draft) => {
    if (entityOfDocument(draft) !== entity) draft[entityField] = new A.RawString(entity);
    for (const name of before.keys()) if (!fields.has(name)) delete draft[name];
    for (const [name, value] of fields) {
      const old = before.get(name);
      if (sameValue(old, value)) continue;
      if (typeof value === 'string' && isTextField(name)) {
        // Edit the text where it changed, so the other computer's edits elsewhere in it survive.
        if (typeof draft[name] === 'string') A.updateText(draft, [name], value);
        else draft[name] = value;
      } else {
        draft[name] = typeof value === 'string' ? new A.RawString(value) : value;
      }
    }
  });
}

/**
 * What `withFields(emptyDocument(), entity, fields)` makes, saved: the same one change,
 * written straight into Automerge's store without the JavaScript copy of the document
 * that A.change keeps in step (and the patches that keep it so). Less than half the
 * time, and most of a first sync is making these.
 */
export function newDocumentState(entity: string, fields: Fields): { state: Uint8Array; heads: string[] } {
  const seed = A.init<Record<string, unknown>>();
  // A store of its own, with a new actor: the seed document's copy is never touched.
  const store = A.getBackend(seed).fork();
  A.free(seed);
  try {
    store.put('_root', entityField, entity, 'str');
    for (const [name, value] of fields) {
      // As A.change stores each kind of value (proxies.js, import_value).
      if (typeof value === 'string' && isTextField(name)) store.putObject('_root', name, value);
      else if (typeof value === 'string') store.put('_root', name, value, 'str');
      else if (value === null) store.put('_root', name, null, 'null');
      else if (typeof value === 'number') store.put('_root', name, value, Number.isInteger(value) ? 'int' : 'f64');
      else if (value === true) store.put('_root', name, true, 'boolean');
      else store.put('_root', name, value, 'bytes');
    }
    store.commit();
    return { state: store.save(), heads: [...store.getHeads()].sort() };
  } finally {
    store.free();
  }
}

export type Conflict = { field: string; values: FieldValue[] };

/** Fields two computers set to different values: Automerge keeps both, the tables show the first. */
export function conflictsOf(doc: SyncDoc): Conflict[] {
  const found: Conflict[] = [];
  for (const name of Object.keys(doc)) {
    if (!isField(name)) continue;
    const kept = A.getConflicts(doc, name);
    if (!kept || Object.keys(kept).length < 2) continue;
    const values = Object.values(kept).map(readValue);
    const distinct = values.filter((value, index) => values.findIndex((other) => sameValue(other, value)) === index);
    // The value the tables show now (Automerge's winner) first: the client page offers it first.
    const shown = readValue(doc[name]);
    distinct.sort((a, b) => Number(sameValue(b, shown)) - Number(sameValue(a, shown)));
    if (distinct.length > 1) found.push({ field: name, values: distinct.filter((value) => value !== undefined) });
  }
  return found;
}

export const headsOf = (doc: SyncDoc): string[] => [...A.getHeads(doc)].sort();

export const sameHeads = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((head, index) => head === [...b].sort()[index]);

// A rectification must not survive in history. The case file is then written
// afresh (no history, under a new key in the folder), marked with a generation
// that sorts after the old one. Another computer holding the old generation
// lays the edits it made since it last sent over the fresh copy: text merged
// as text, and a value both changed kept both ways, as a merge would.

const generationField = '_generation';

export const generationOf = (doc: SyncDoc): string => {
  const value = readValue(doc[generationField]);
  return typeof value === 'string' ? value : '';
};

const randomActor = () => randomBytes(16).toString('hex');

export type KeptValues = { field: string; values: FieldValue[] };

/** Sets each field to each of its values in concurrent changes, so Automerge keeps them all, as after a real merge. */
export function withAllKept(doc: SyncDoc, kept: KeptValues[]): SyncDoc {
  if (kept.length === 0) return doc;
  const set = (draft: Record<string, unknown>, field: string, value: FieldValue) => {
    draft[field] = typeof value === 'string' ? new A.RawString(value) : value;
  };
  const most = Math.max(...kept.map(({ values }) => values.length));
  // Set afresh even where it is the value already there: an unchanged value would make no change to keep.
  const changes = Array.from({ length: most }, (_, index) =>
    A.change(A.clone(doc, randomActor()), (draft) => {
      for (const { field, values } of kept) {
        if (index >= values.length) continue;
        if (index === 0) delete draft[field];
        set(draft, field, values[index] ?? null);
      }
    }),
  );
  return changes.slice(1).reduce((merged, change) => A.merge(merged, change), changes[0] as SyncDoc);
}

/**
 * The fresh copy records the heads of the old generation it was made from, as the folder held them.
 * Another computer lays over it what it edited since those heads, not since it last sent: an edit it
 * sent after this computer read the folder was never seen here, and its chunk went with the old ones.
 */
const builtOnField = '_builtOn';

/** The heads of the old generation this fresh copy was made from ([] if it records none). */
export function builtOnOf(doc: SyncDoc): string[] {
  const value = readValue(doc[builtOnField]);
  if (typeof value !== 'string') return [];
  try {
    const heads: unknown = JSON.parse(value);
    return Array.isArray(heads) && heads.every((head) => typeof head === 'string') ? heads : [];
  } catch {
    return [];
  }
}

export function rewritten(doc: SyncDoc, entity: string, now: Date, builtOn: string[]): SyncDoc {
  const fresh = A.change(emptyDocument(), (draft) => {
    draft[generationField] = new A.RawString(`${now.toISOString()} ${randomUUID()}`);
    draft[builtOnField] = new A.RawString(JSON.stringify(builtOn));
  });
  const kept: KeptValues[] = conflictsOf(doc);
  return withAllKept(withFields(fresh, entity, fieldsOf(doc)), kept);
}

const rectificationRows = (doc: SyncDoc) =>
  new Set(
    [...fieldsOf(doc).keys()].filter((name) => {
      const { table, column } = parseFieldName(name);
      return table === 'rectifications' && column === undefined;
    }),
  );

/** Whether the document holds a rectification it did not hold at the heads given. */
export function rectifiedSince(doc: SyncDoc, heads: string[]): boolean {
  if (heads.length === 0 || !A.hasHeads(doc, heads)) return false;
  const before = rectificationRows(A.view(doc, heads));
  return [...rectificationRows(doc)].some((name) => !before.has(name));
}

/** A three-way merge of one text, done by Automerge: both edits of the common text, merged. */
function mergedText(common: string, mine: string, theirs: string): string {
  const root = A.from<Record<string, unknown>>({ text: common }, randomActor());
  const one = A.change(A.clone(root, randomActor()), (draft) => A.updateText(draft, ['text'], mine));
  const two = A.change(A.clone(root, randomActor()), (draft) => A.updateText(draft, ['text'], theirs));
  const text = A.merge(one, two).text;
  return typeof text === 'string' ? text : theirs;
}

/** The fresh copy, with the edits made in `doc` since the heads given laid over it. */
export function withEditsSince(fresh: SyncDoc, entity: string, doc: SyncDoc, heads: string[]): SyncDoc {
  const before = heads.length > 0 && A.hasHeads(doc, heads) ? fieldsOf(A.view(doc, heads)) : new Map();
  const mine = fieldsOf(doc);
  const theirs = fieldsOf(fresh);
  const target = new Map(theirs);
  const kept: KeptValues[] = [];
  for (const field of new Set([...mine.keys(), ...before.keys()])) {
    const [common, edited, other] = [before.get(field), mine.get(field), theirs.get(field)];
    if (sameValue(edited, common) || (edited === undefined && common === undefined)) continue;
    if (sameValue(other, common) || sameValue(other, edited) || (other === undefined && common === undefined)) {
      if (edited === undefined) target.delete(field);
      else target.set(field, edited);
      continue;
    }
    if (typeof edited === 'string' && typeof other === 'string' && isTextField(field))
      target.set(field, mergedText(typeof common === 'string' ? common : '', edited, other));
    // Removed on one side, changed on the other: the change is kept.
    else if (edited === undefined || other === undefined) target.set(field, edited ?? other ?? null);
    else kept.push({ field, values: [other, edited] });
  }
  return withAllKept(withFields(fresh, entity, target), kept);
}
