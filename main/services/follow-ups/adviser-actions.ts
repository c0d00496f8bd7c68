// The adviser's own to-do list: the actions they own in each client's current
// plan (the latest finalised version, or the draft before there is one).
// Finalised versions never change, so Done and Snooze are kept beside them in
// adviser_action_states, by plan and action id.
import type { PlanContent } from '../../../shared/action-plans';
import type { AdviserAction } from '../../../shared/contract/follow-ups';
import { adviserActionStates } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { todayInLondon } from '../../../shared/dates';
import { type ServiceContext, systemContext } from '../context';

type ActionKey = { planId: string; actionId: string };

const currentPlansSql = `
  SELECT p.id AS planId, p.client_id AS clientId,
         coalesce((SELECT v.content FROM plan_versions v WHERE v.plan_id = p.id ORDER BY v.number DESC LIMIT 1), p.draft) AS content
    FROM action_plans p`;

/**
 * Open actions: the adviser's, not done or dropped in the plan, not ticked off, and not snoozed past today.
 * The first two are kept in plan_adviser_actions by triggers on every plan write (migration 0020), so this
 * reads those rows rather than every current plan's JSON.
 */
export function openAdviserActions(
  vault: OpenVault,
  { on, limit }: { on: string; limit: number },
): { actions: AdviserAction[]; total: number } {
  const rows = vault.sqlite
    .prepare(
      `SELECT pa.plan_id AS planId, pa.client_id AS clientId,
              coalesce(nullif(c.preferred_name, ''), c.forename) || ' ' || c.surname AS clientName,
              pa.action_id AS actionId, pa.text AS text, pa.due_on AS dueOn,
              count(*) OVER () AS total
         FROM plan_adviser_actions pa
         JOIN clients c ON c.id = pa.client_id
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN adviser_action_states s ON s.plan_id = pa.plan_id AND s.action_id = pa.action_id
        WHERE o.archived_at IS NULL
          AND s.done_on IS NULL
          AND (s.snoozed_until IS NULL OR s.snoozed_until <= @on)
        ORDER BY dueOn IS NULL, dueOn, c.surname COLLATE NOCASE, c.id, pa.position
        LIMIT @limit`,
    )
    .all({ on, limit }) as (Omit<AdviserAction, 'isOverdue'> & { total: number })[];
  return {
    actions: rows.map(({ total: _total, ...row }) => ({ ...row, isOverdue: row.dueOn !== null && row.dueOn < on })),
    total: rows[0]?.total ?? 0,
  };
}

/** Refuses anything but an adviser's action in the client's current plan. */
function assertAdviserAction(vault: OpenVault, { planId, actionId }: ActionKey): void {
  const plan = vault.sqlite.prepare(`${currentPlansSql} WHERE p.id = ?`).get(planId) as { content: string } | undefined;
  const action = plan
    ? (JSON.parse(plan.content) as PlanContent).actions.find((candidate) => candidate.id === actionId)
    : undefined;
  if (!action || action.owner.kind !== 'adviser')
    throw new AppError('NOT_FOUND', 'That action is not one of yours in the client’s current plan.');
}

function writeState(
  vault: OpenVault,
  key: ActionKey,
  state: { doneOn: string | null; snoozedUntil: string | null },
  now: Date,
): void {
  assertAdviserAction(vault, key);
  vault.db
    .insert(adviserActionStates)
    .values({ ...key, ...state, updatedAt: now.toISOString() })
    .onConflictDoUpdate({
      target: [adviserActionStates.planId, adviserActionStates.actionId],
      set: { ...state, updatedAt: now.toISOString() },
    })
    .run();
}

/** Done `on` the day given, or today by the context's clock. */
export function markActionDone(
  vault: OpenVault,
  { planId, actionId, on }: ActionKey & { on?: string | undefined },
  context: ServiceContext = systemContext,
): void {
  const now = context.now();
  writeState(vault, { planId, actionId }, { doneOn: on ?? todayInLondon(now), snoozedUntil: null }, now);
}

/** Put off until a day after `on` (today by the context's clock, if not given). */
export function snoozeAction(
  vault: OpenVault,
  { planId, actionId, until, on: givenOn }: ActionKey & { until: string; on?: string | undefined },
  context: ServiceContext = systemContext,
): { snoozedUntil: string } {
  const now = context.now();
  const on = givenOn ?? todayInLondon(now);
  if (until <= on) throw new AppError('VALIDATION', 'Choose a day after today to put this off until.');
  writeState(vault, { planId, actionId }, { doneOn: null, snoozedUntil: until }, now);
  return { snoozedUntil: until };
}

export function reopenAction(
  vault: OpenVault,
  { planId, actionId }: ActionKey,
  context: ServiceContext = systemContext,
): void {
  writeState(vault, { planId, actionId }, { doneOn: null, snoozedUntil: null }, context.now());
}
