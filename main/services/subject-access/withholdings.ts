// Third-party information in a subject-access bundle: what the adviser can
// mark to withhold (interview notes per stage, agreed actions, attachments,
// plan versions and the plan's draft), the marks themselves, and replacing the
// withheld text with "Withheld: <note>" before any file of the bundle is made.
import { and, eq } from 'drizzle-orm';
import { planVersionKey, type withholdingKinds } from '../../../shared/contract/subject-access';
import { formatUkDate } from '../../../shared/dates';
import { withholdings } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

export type WithholdingKind = (typeof withholdingKinds)[number];
export type Withholding = { id: string; kind: WithholdingKind; recordKey: string; note: string; createdAt: string };
/** One record that may be withheld; the label never quotes the record itself, so it can go in the cover letter. */
export type WithholdableRecord = {
  kind: WithholdingKind;
  recordKey: string;
  label: string;
  excerpt: string;
  withholding: Withholding | null;
};

const excerptLength = 120;
const excerpt = (text: string) =>
  text.length > excerptLength ? `${text.slice(0, excerptLength - 1).trimEnd()}…` : text;

/** The columns each kind of record replaces with the note, by table. */
const withheldColumns: Record<
  WithholdingKind,
  { table: string; columns: string[]; keyOf: (row: Record<string, unknown>) => string }
> = {
  'interview-notes': {
    table: 'interview_notes',
    columns: ['text'],
    keyOf: (row) => `${String(row.interview_id)}:${String(row.stage_index)}`,
  },
  'interview-action': { table: 'interview_actions', columns: ['text', 'owner'], keyOf: (row) => String(row.id) },
  attachment: { table: 'attachments', columns: ['file_name', 'bytes'], keyOf: (row) => String(row.id) },
  // By plan and number, the same on every computer (migration 0023); a row's id is this computer's own.
  'plan-version': {
    table: 'plan_versions',
    columns: ['content'],
    keyOf: (row) => planVersionKey(String(row.plan_id), Number(row.number)),
  },
  'plan-draft': { table: 'action_plans', columns: ['draft'], keyOf: (row) => String(row.id) },
};

export function withheldText(note: string): string {
  return `Withheld: ${note}`;
}

export function listWithholdings({ db }: OpenVault, clientId: string): Withholding[] {
  return db
    .select({
      id: withholdings.id,
      kind: withholdings.kind,
      recordKey: withholdings.recordKey,
      note: withholdings.note,
      createdAt: withholdings.createdAt,
    })
    .from(withholdings)
    .where(eq(withholdings.clientId, clientId))
    .all();
}

type InterviewRow = { id: string; heldOn: string; templateStages: string };

/** Everything held on the client that could name someone else, oldest first, with any mark already made. */
export function listWithholdable(vault: OpenVault, clientId: string): WithholdableRecord[] {
  const { sqlite } = vault;
  const marks = new Map(listWithholdings(vault, clientId).map((mark) => [`${mark.kind} ${mark.recordKey}`, mark]));
  const records: WithholdableRecord[] = [];
  const add = (kind: WithholdingKind, recordKey: string, label: string, text: string) =>
    records.push({
      kind,
      recordKey,
      label,
      excerpt: excerpt(text),
      withholding: marks.get(`${kind} ${recordKey}`) ?? null,
    });

  const interviews = sqlite
    .prepare(
      'SELECT id, held_on AS heldOn, template_stages AS templateStages FROM interviews WHERE client_id = ? ORDER BY held_on, created_at',
    )
    .all(clientId) as InterviewRow[];
  for (const interview of interviews) {
    const when = formatUkDate(interview.heldOn);
    const stages = JSON.parse(interview.templateStages) as { title?: string }[];
    const notes = sqlite
      .prepare(
        `SELECT stage_index AS stageIndex, text FROM interview_notes WHERE interview_id = ? AND text <> '' ORDER BY stage_index`,
      )
      .all(interview.id) as { stageIndex: number; text: string }[];
    for (const note of notes) {
      const stage = stages[note.stageIndex]?.title;
      add(
        'interview-notes',
        `${interview.id}:${note.stageIndex}`,
        `Notes from the interview on ${when}, stage ${note.stageIndex + 1}${stage ? ` (${stage})` : ''}`,
        note.text,
      );
    }
    const actions = sqlite
      .prepare('SELECT id, text FROM interview_actions WHERE interview_id = ? ORDER BY created_at')
      .all(interview.id) as { id: string; text: string }[];
    actions.forEach((action, index) =>
      add('interview-action', action.id, `Action ${index + 1} agreed at the interview on ${when}`, action.text),
    );
    const files = sqlite
      .prepare('SELECT id, file_name AS fileName FROM attachments WHERE interview_id = ? ORDER BY created_at')
      .all(interview.id) as { id: string; fileName: string }[];
    files.forEach((file, index) =>
      add('attachment', file.id, `Attachment ${index + 1} from the interview on ${when}`, file.fileName),
    );
  }
  const plan = sqlite.prepare('SELECT id, draft FROM action_plans WHERE client_id = ?').get(clientId) as
    { id: string; draft: string } | undefined;
  if (plan) {
    const versions = sqlite
      .prepare(
        'SELECT number, content, finalised_at AS finalisedAt FROM plan_versions WHERE plan_id = ? ORDER BY number',
      )
      .all(plan.id) as { number: number; content: string; finalisedAt: string }[];
    for (const version of versions)
      add(
        'plan-version',
        planVersionKey(plan.id, version.number),
        `Action plan version ${version.number}, finalised ${formatUkDate(version.finalisedAt)}`,
        planText(version.content),
      );
    add('plan-draft', plan.id, 'Action plan, working draft', planText(plan.draft));
  }
  return records;
}

/** A plan's words, for the adviser to recognise it by. */
function planText(content: string): string {
  try {
    const plan = JSON.parse(content) as { goal?: string; sections?: { body?: string }[] };
    return [plan.goal ?? '', ...(plan.sections ?? []).map((section) => section.body ?? '')]
      .filter((text) => text.trim())
      .join(' · ');
  } catch {
    return '';
  }
}

/** The channel's input: the record of this client to withhold, and the note that stands in its place. */
export function markWithheld(
  vault: OpenVault,
  mark: { clientId: string; kind: WithholdingKind; recordKey: string; note: string },
  context: ServiceContext = systemContext,
): Withholding {
  const { clientId } = mark;
  const note = mark.note.trim();
  if (!note)
    throw new AppError(
      'VALIDATION',
      'Say briefly why this is withheld, such as "Names another pupil". The note goes in the bundle in its place.',
    );
  const isKnown = listWithholdable(vault, clientId).some(
    (record) => record.kind === mark.kind && record.recordKey === mark.recordKey,
  );
  if (!isKnown)
    throw new AppError('NOT_FOUND', 'That record is not held on this client. Reload the page and try again.');
  const existing = vault.db
    .select({ id: withholdings.id })
    .from(withholdings)
    .where(
      and(
        eq(withholdings.clientId, clientId),
        eq(withholdings.kind, mark.kind),
        eq(withholdings.recordKey, mark.recordKey),
      ),
    )
    .get();
  if (existing) {
    vault.db.update(withholdings).set({ note }).where(eq(withholdings.id, existing.id)).run();
  } else {
    vault.db
      .insert(withholdings)
      .values({
        id: context.newId(),
        clientId,
        kind: mark.kind,
        recordKey: mark.recordKey,
        note,
        createdAt: context.now().toISOString(),
      })
      .run();
  }
  const saved = listWithholdings(vault, clientId).find(
    (candidate) => candidate.kind === mark.kind && candidate.recordKey === mark.recordKey,
  );
  if (!saved) throw new AppError('INTERNAL', 'The mark could not be saved. Try again.');
  return saved;
}

export function releaseWithholding(vault: OpenVault, clientId: string, id: string): void {
  const changes = vault.db
    .delete(withholdings)
    .where(and(eq(withholdings.id, id), eq(withholdings.clientId, clientId)))
    .run().changes;
  if (changes === 0) throw new AppError('NOT_FOUND', 'That mark has already been removed.');
}

/**
 * The note to put in place of a row's withheld columns, if the row is withheld.
 * Returns the columns to replace; a replaced blob column means the file is left out.
 */
export function withholdingFor(
  marks: Withholding[],
  table: string,
  row: Record<string, unknown>,
): { note: string; columns: string[] } | null {
  for (const mark of marks) {
    const rule = withheldColumns[mark.kind];
    if (rule.table === table && rule.keyOf(row) === mark.recordKey) return { note: mark.note, columns: rule.columns };
  }
  return null;
}
