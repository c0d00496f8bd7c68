// A new case file is written straight into Automerge's store (newDocumentState)
// rather than through A.change: it must come out as the document a change makes,
// value by value and kind by kind, or later edits would merge differently.
import { describe, expect, it } from 'vitest';
import { next as A } from '@automerge/automerge';
import { fieldName, type Fields } from '../../main/services/sync/case-file-rows';
import {
  emptyDocument,
  entityOfDocument,
  fieldsOf,
  newDocumentState,
  withFields,
  type SyncDoc,
} from '../../main/services/sync/documents';

const entity = 'client:6f1c0d5e-0b0e-4f3a-9a55-3c1c2b7d9e10';
const fields: Fields = new Map<string, Fields extends Map<string, infer V> ? V : never>([
  [fieldName('clients', 'c1', 'forename'), 'Siân'],
  [fieldName('clients', 'c1', 'surname'), "Robert'); DROP TABLE"],
  [fieldName('clients', 'c1', 'phone'), null],
  [fieldName('interview_notes', 'i1\u001e0', 'text'), 'مريم wants to train as a midwife.'],
  [fieldName('interviews', 'i1', 'duration_minutes'), 45],
  [fieldName('ratings', 'r1', 'score'), 3.5],
  [fieldName('consents', 'k1', 'given'), true],
  [fieldName('attachments', 'a1', 'bytes'), Uint8Array.from([0, 1, 2, 250])],
  [fieldName('rectifications', 'x1'), true],
]);

/** Each field's value and how Automerge holds it: text, a single string, or another scalar. */
function kinds(doc: SyncDoc) {
  return Object.fromEntries(
    Object.keys(doc).map((name) => {
      const value = doc[name];
      const kind = A.isRawString(value) ? 'string' : typeof value === 'string' ? 'text' : typeof value;
      return [name, kind];
    }),
  );
}

describe('a new case file written straight into the store', () => {
  it('holds what a change would: every value, held the same way, under the same entity', () => {
    const made = A.load<Record<string, unknown>>(newDocumentState(entity, fields).state);
    const changed = withFields(emptyDocument(), entity, fields);
    expect(entityOfDocument(made)).toBe(entity);
    expect(fieldsOf(made)).toEqual(fieldsOf(changed));
    expect(fieldsOf(made)).toEqual(fields);
    expect(kinds(made)).toEqual(kinds(changed));
    expect(kinds(made)[fieldName('interview_notes', 'i1\u001e0', 'text')]).toBe('text');
  });

  it("gives heads that are the saved document's own, in one change", () => {
    const { state, heads } = newDocumentState(entity, fields);
    const made = A.load(state);
    expect(heads).toEqual([...A.getHeads(made)].sort());
    expect(A.getAllChanges(made)).toHaveLength(1);
  });

  it('merges a later edit to a text as text, like any other case file', () => {
    const notes = fieldName('interview_notes', 'i1\u001e0', 'text');
    const base = A.load<Record<string, unknown>>(newDocumentState(entity, fields).state);
    const edited = (text: string) => withFields(A.clone(base), entity, new Map([...fields, [notes, text]]));
    const merged = A.merge(
      edited('مريم wants to train as a midwife. Open day in March.'),
      edited('Today مريم wants to train as a midwife.'),
    );
    expect(A.load<Record<string, unknown>>(A.save(merged))[notes]).toBe(
      'Today مريم wants to train as a midwife. Open day in March.',
    );
  });
});
