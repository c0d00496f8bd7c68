// Rows the tables hold one of, made twice on two computers apart. A client has
// one action plan, each of its versions one number, and each withheld record
// one mark; a school has one termly report a period. Each computer can start
// the client's first plan, finalise the same next version, withhold the same
// record or write the same report. The tables cannot hold that (their unique
// indexes refuse it), so the merged document is settled first, the same way on
// every computer: the plan started first stays, and the other's versions,
// pictures, ticks and marks move to it; a version whose number is taken gets
// the next free one, in the order they were finalised; of two marks on one
// record the first made stays; a report's comments follow one another; of two
// invoices with one number the one sent first keeps it. Nothing
// is dropped: where two drafts or two notes differ, all are kept for the
// adviser to choose between, as any value changed on both computers is. Plans
// and versions are never removed otherwise (only a client's whole case file is,
// by erasure), so a row of the other plan left with some fields (an edit the
// other computer made before this arrived) is settled again the same way.
import { next as A } from '@automerge/automerge';
import { fieldName, keyJoin, parseFieldName, type FieldValue, type Fields } from './case-file-rows';
import { planVersionKey } from '../../../shared/contract/subject-access';
import { creditReasonFor, invoiceNumber } from '../../../shared/invoices';
import {
  conflictsOf,
  fieldsOf,
  withAllKept,
  withFields,
  type Conflict,
  type KeptValues,
  type SyncDoc,
} from './documents';

type Row = { key: string; columns: Map<string, FieldValue> };

function rowsOf(fields: Fields, table: string): Row[] {
  const rows = new Map<string, Row>();
  for (const [name, value] of fields) {
    const { table: of, row, column } = parseFieldName(name);
    if (of !== table) continue;
    let found = rows.get(row);
    if (!found) rows.set(row, (found = { key: row, columns: new Map() }));
    if (column !== undefined) found.columns.set(column, value);
  }
  return [...rows.values()];
}

const text = (value: FieldValue | undefined): string => (typeof value === 'string' ? value : '');

/** Oldest first, by the row's own creation time, then by its key: the same order on every computer. */
const byCreation = (a: Row, b: Row): number =>
  text(a.columns.get('created_at')).localeCompare(text(b.columns.get('created_at'))) || (a.key < b.key ? -1 : 1);

/** The case file's fields with each unique row once, and the values all kept; undefined if already so. */
export function settledRows(fields: Fields): { target: Fields; kept: KeptValues[] } | undefined {
  const plans = rowsOf(fields, 'action_plans').sort(byCreation);
  const target: Fields = new Map(fields);
  const drafts: FieldValue[] = [];
  const survivor = plans.find((plan) => fields.has(fieldName('action_plans', plan.key))) ?? plans[0];
  const others = plans.filter((plan) => plan !== survivor);
  const planOf = (planId: FieldValue | undefined) =>
    survivor && others.some((plan) => plan.key === planId) ? survivor.key : planId;

  let kept: KeptValues[] = [];
  if (survivor) {
    const field = (column: string) => fieldName('action_plans', survivor.key, column);
    const mine = survivor.columns.get('draft');
    for (const other of others) {
      for (const column of other.columns.keys()) target.delete(fieldName('action_plans', other.key, column));
      target.delete(fieldName('action_plans', other.key));
      const theirs = other.columns.get('draft');
      if (typeof theirs === 'string' && !drafts.includes(theirs)) drafts.push(theirs);
      if (other.columns.get('has_unfinalised_changes') === 1) target.set(field('has_unfinalised_changes'), 1);
      if (target.get(field('source_interview_id')) == null && other.columns.get('source_interview_id') != null)
        target.set(field('source_interview_id'), other.columns.get('source_interview_id') ?? null);
    }
    const differing = drafts.filter((draft) => draft !== mine);
    if (differing.length > 0) kept = [{ field: field('draft'), values: [mine ?? null, ...differing] }];
    for (const image of rowsOf(fields, 'plan_images')) {
      const moved = planOf(image.columns.get('plan_id'));
      if (moved !== image.columns.get('plan_id'))
        target.set(fieldName('plan_images', image.key, 'plan_id'), moved ?? null);
    }
    // Ticks are kept by plan and action: the other plan's move to the same action under the plan that stays.
    for (const tick of rowsOf(fields, 'adviser_action_states')) {
      const [planId = '', actionId = ''] = tick.key.split(keyJoin);
      const moved = planOf(planId);
      if (moved === planId || typeof moved !== 'string') continue;
      for (const column of tick.columns.keys()) target.delete(fieldName('adviser_action_states', tick.key, column));
      target.delete(fieldName('adviser_action_states', tick.key));
      const key = [moved, actionId].join(keyJoin);
      if (target.has(fieldName('adviser_action_states', key))) continue;
      target.set(fieldName('adviser_action_states', key), true);
      for (const [column, value] of tick.columns)
        target.set(fieldName('adviser_action_states', key, column), column === 'plan_id' ? moved : value);
    }
  }

  // Versions: each plan's numbers distinct, the first finalised keeping a number taken twice.
  const versions = rowsOf(fields, 'plan_versions')
    .filter((version) => fields.has(fieldName('plan_versions', version.key)))
    .map((version) => ({
      key: version.key,
      wasNamed: `${String(version.columns.get('plan_id'))}:${String(version.columns.get('number'))}`,
      planId: planOf(version.columns.get('plan_id')),
      number: Number(version.columns.get('number')),
      finalisedAt: text(version.columns.get('finalised_at')),
    }))
    .sort((a, b) => a.number - b.number || a.finalisedAt.localeCompare(b.finalisedAt) || (a.key < b.key ? -1 : 1));
  const taken = new Map<FieldValue | undefined, Set<number>>();
  /** Withheld records named anew: `<kind> <old key>` to the new key. */
  const renamed = new Map<string, string>();
  for (const version of versions) {
    let numbers = taken.get(version.planId);
    if (!numbers) taken.set(version.planId, (numbers = new Set()));
    let { number } = version;
    if (numbers.has(number)) number = Math.max(...numbers, ...versionsOf(versions, version.planId)) + 1;
    numbers.add(number);
    target.set(fieldName('plan_versions', version.key, 'plan_id'), version.planId ?? null);
    target.set(fieldName('plan_versions', version.key, 'number'), number);
    renamed.set(`plan-version ${version.wasNamed}`, planVersionKey(String(version.planId), number));
  }
  for (const other of others) renamed.set(`plan-draft ${other.key}`, survivor?.key ?? other.key);

  kept.push(...settledWithholdings(fields, target, renamed));
  settleTermlyReports(fields, target);
  settleInvoiceNumbers(fields, target);
  const isSettled = target.size === fields.size && [...target].every(([name, value]) => fields.get(name) === value);
  return isSettled && kept.length === 0 ? undefined : { target, kept };
}

/**
 * One mark per withheld record: a mark on a version or draft that moved follows it (migration 0023
 * names a version by plan and number), and two computers' marks on one record become the one made
 * first, its note kept both ways if they differ. Changes `target`; returns the notes kept both ways.
 */
function settledWithholdings(fields: Fields, target: Fields, renamed: Map<string, string>): KeptValues[] {
  const marks = rowsOf(fields, 'withholdings')
    .filter((mark) => fields.has(fieldName('withholdings', mark.key)))
    .sort(byCreation);
  const firstFor = new Map<string, Row>();
  const notes = new Map<Row, FieldValue[]>();
  for (const mark of marks) {
    const kind = text(mark.columns.get('kind'));
    const recordKey = text(mark.columns.get('record_key'));
    const named = renamed.get(`${kind} ${recordKey}`) ?? recordKey;
    if (named !== recordKey) target.set(fieldName('withholdings', mark.key, 'record_key'), named);
    const first = firstFor.get(`${kind} ${named}`);
    if (!first) {
      firstFor.set(`${kind} ${named}`, mark);
      notes.set(mark, [mark.columns.get('note') ?? '']);
      continue;
    }
    for (const column of mark.columns.keys()) target.delete(fieldName('withholdings', mark.key, column));
    target.delete(fieldName('withholdings', mark.key));
    const kept = notes.get(first) ?? [];
    const note = mark.columns.get('note') ?? '';
    if (!kept.includes(note)) kept.push(note);
  }
  return [...notes]
    .filter(([, values]) => values.length > 1)
    .map(([mark, values]) => ({ field: fieldName('withholdings', mark.key, 'note'), values }));
}

/**
 * One termly report per school and period (the practice's document): the first saved stays, and the
 * other's comments and recommendations follow its own, so both computers' words are there to edit.
 * The other row keeps its school and period, so an edit the other computer made to it before this
 * arrived (left as fields without the row) still finds the report it belongs with.
 */
const reportPeriod = ['organisation_id', 'period_from', 'period_to'];

function settleTermlyReports(fields: Fields, target: Fields): void {
  const isRow = (report: Row) => fields.has(fieldName('termly_reports', report.key));
  const reports = rowsOf(fields, 'termly_reports').sort(
    (a, b) => Number(isRow(b)) - Number(isRow(a)) || byCreation(a, b),
  );
  const firstFor = new Map<string, Row>();
  for (const report of reports) {
    const period = reportPeriod.map((column) => text(report.columns.get(column)));
    if (!period.every(Boolean)) continue;
    const first = firstFor.get(period.join(' '));
    if (!first) {
      if (isRow(report)) firstFor.set(period.join(' '), report);
      continue;
    }
    target.delete(fieldName('termly_reports', report.key));
    for (const column of report.columns.keys())
      if (!reportPeriod.includes(column)) target.delete(fieldName('termly_reports', report.key, column));
    for (const column of ['comments', 'recommendations']) {
      const field = fieldName('termly_reports', first.key, column);
      const [mine, theirs] = [text(target.get(field)), text(report.columns.get(column))];
      if (theirs.trim() && !mine.includes(theirs)) target.set(field, mine.trim() ? `${mine}\n\n${theirs}` : theirs);
    }
  }
}

/**
 * One invoice per number (the practice's document). Each computer takes the next number from its own
 * copy of the sequence, so two apart can both issue INV-0014. The one that went out first keeps it
 * (a sent one before a draft, then the earlier made); the other takes the next free number after every
 * number with its prefix, and one already sent keeps the number it went out with in `renumbered_from`,
 * so the adviser is asked to send the school the corrected copy. A credit note is numbered the same way.
 */
function settleInvoiceNumbers(fields: Fields, target: Fields): void {
  const invoices = rowsOf(fields, 'invoices').filter((invoice) => fields.has(fieldName('invoices', invoice.key)));
  const isDraft = (invoice: Row) => invoice.columns.get('status') === 'draft';
  const inOrder = [...invoices].sort((a, b) => Number(isDraft(a)) - Number(isDraft(b)) || byCreation(a, b));
  const holder = new Map<string, Row>();
  const highest = new Map<string, number>();
  for (const invoice of invoices) {
    const { prefix, sequence } = numbered(text(invoice.columns.get('number')));
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, sequence));
  }
  for (const invoice of inOrder) {
    const number = text(invoice.columns.get('number'));
    if (!holder.has(number)) {
      holder.set(number, invoice);
      continue;
    }
    const { prefix } = numbered(number);
    const sequence = (highest.get(prefix) ?? 0) + 1;
    highest.set(prefix, sequence);
    const renumbered = invoiceNumber(prefix, sequence);
    holder.set(renumbered, invoice);
    target.set(fieldName('invoices', invoice.key, 'number'), renumbered);
    if (!isDraft(invoice) && invoice.columns.get('renumbered_from') == null)
      target.set(fieldName('invoices', invoice.key, 'renumbered_from'), number);
    // A credit note cancelling it with the reason Waymark gave would now name the other invoice.
    for (const credit of invoices) {
      const notes = fieldName('invoices', credit.key, 'notes');
      if (
        credit.columns.get('credits_invoice_id') === invoice.key &&
        credit.columns.get('notes') === creditReasonFor(number)
      )
        target.set(notes, creditReasonFor(renumbered));
    }
  }
}

/** "INV-0014" is the prefix "INV-" and 14; a number with no digits at its end counts as 0. */
function numbered(number: string): { prefix: string; sequence: number } {
  const [, prefix = number, digits = '0'] = /^(.*?)(\d+)$/.exec(number) ?? [];
  return { prefix, sequence: Number(digits) };
}

/** Every number a plan's versions hold now, so a renumbered version never takes one still to come. */
const versionsOf = (versions: { planId: FieldValue | undefined; number: number }[], planId: FieldValue | undefined) =>
  versions.filter((version) => version.planId === planId).map((version) => version.number);

/**
 * The invoice numbering (a setting) moved on apart on each computer is no choice for the adviser
 * when nothing else in it differs: the furthest is kept. Numbers are taken past every number in use
 * anyway (`takeNextSequence`), so this only spares the adviser a question with no wrong answer.
 */
const numberingField = fieldName('settings', 'invoices.details', 'value');

function furthestNumbering(waiting: Conflict[]): string | undefined {
  const values = waiting.find((conflict) => conflict.field === numberingField)?.values ?? [];
  const read = values.map((value) => {
    try {
      const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : undefined;
      return parsed && typeof parsed === 'object' && 'nextNumber' in parsed && typeof parsed.nextNumber === 'number'
        ? { value: value as string, nextNumber: parsed.nextNumber, rest: JSON.stringify({ ...parsed, nextNumber: 0 }) }
        : undefined;
    } catch {
      return undefined;
    }
  });
  if (read.length < 2 || !read.every((entry) => entry !== undefined && entry.rest === read[0]?.rest)) return undefined;
  return read.reduce((furthest, entry) =>
    entry && furthest && entry.nextNumber > furthest.nextNumber ? entry : furthest,
  )?.value;
}

/**
 * The merged case file with each unique row once (see above): a copy with the change that
 * settles them, or the same document if it needs none.
 */
export function withUniqueRows(doc: SyncDoc, entity: string): SyncDoc {
  const settled = settledRows(fieldsOf(doc));
  const waiting = settled || entity === 'practice' ? conflictsOf(doc) : [];
  const numbering = entity === 'practice' ? furthestNumbering(waiting) : undefined;
  let result = doc;
  if (settled) {
    // A draft already waiting for the adviser's choice keeps every value it had as well.
    const kept = settled.kept.map(({ field, values }) => ({
      field,
      values: [...new Set([...values, ...(waiting.find((conflict) => conflict.field === field)?.values ?? [])])],
    }));
    result = withAllKept(withFields(A.clone(doc), entity, settled.target), kept);
  }
  if (numbering === undefined) return result;
  // Set afresh even where it is the value shown now: the new change is what replaces both.
  return A.change(result === doc ? A.clone(doc) : result, (draft) => {
    draft[numberingField] = new A.RawString(numbering);
  });
}
