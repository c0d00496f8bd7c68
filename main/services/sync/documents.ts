// Automerge documents as sync keeps them: a flat map of fields (see
// case-file-rows.ts), so two computers that each add a row never race to
// create the same nested object, and every column merges on its own. Free
// text merges as text; other strings are single values, kept both ways when
// two computers set them differently.
import { next as A } from '@automerge/automerge';
import { isTextColumn, parseFieldName, type FieldValue, type Fields } from './case-file-rows';

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
      const { table, column } = parseFieldName(name);
      if (typeof value === 'string' && column !== undefined && isTextColumn(table, column)) {
        // Edit the text where it changed, so the other computer's edits elsewhere in it survive.
        if (typeof draft[name] === 'string') A.updateText(draft, [name], value);
        else draft[name] = value;
      } else {
        draft[name] = typeof value === 'string' ? new A.RawString(value) : value;
      }
    }
  });
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
