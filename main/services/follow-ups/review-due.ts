// A client's next review: one date on the client (clients.review_due_on), set
// by the follow-up date of an interview when it is saved, or by hand on the
// client's page. The plan document, the caseload and the home page all read it.
import { eq } from 'drizzle-orm';
import type { ReviewDue } from '../../../shared/contract/follow-ups';
import { clients } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';
import { endOfWeek } from './week';

export function setReviewDue(
  vault: OpenVault,
  { clientId, reviewDueOn }: { clientId: string; reviewDueOn: string | null },
  context: ServiceContext = systemContext,
): { clientId: string; reviewDueOn: string | null } {
  const changed = vault.db
    .update(clients)
    .set({ reviewDueOn, updatedAt: context.now().toISOString() })
    .where(eq(clients.id, clientId))
    .run();
  if (changed.changes === 0) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  return { clientId, reviewDueOn };
}

export function reviewDueOf(vault: OpenVault, { clientId }: { clientId: string }): string | null {
  return (
    vault.db.select({ reviewDueOn: clients.reviewDueOn }).from(clients).where(eq(clients.id, clientId)).get()
      ?.reviewDueOn ?? null
  );
}

/**
 * Keeps the client's review in step with an interview's follow-up date: a new
 * date becomes the review date; clearing it clears the review only when the
 * review was this interview's date (a date set since by hand is left alone).
 * Runs inside the caller's transaction.
 */
export function followUpChanged(
  vault: OpenVault,
  { clientId, before, after }: { clientId: string; before: string | null; after: string | null },
  context: ServiceContext = systemContext,
): void {
  if (before === after) return;
  if (after !== null) {
    setReviewDue(vault, { clientId, reviewDueOn: after }, context);
    return;
  }
  if (before !== null && reviewDueOf(vault, { clientId }) === before)
    setReviewDue(vault, { clientId, reviewDueOn: null }, context);
}

/** Reviews overdue or due by Sunday, earliest first; clients of archived organisations are left out, as in the caseload. */
export function reviewsDue(
  vault: OpenVault,
  { on, limit }: { on: string; limit: number },
): { reviews: ReviewDue[]; total: number; weekEndsOn: string } {
  const weekEndsOn = endOfWeek(on);
  const from = `FROM clients c JOIN organisations o ON o.id = c.organisation_id
               WHERE o.archived_at IS NULL AND c.review_due_on IS NOT NULL AND c.review_due_on <= @weekEndsOn`;
  const { total } = vault.sqlite.prepare(`SELECT count(*) AS total ${from}`).get({ weekEndsOn }) as { total: number };
  const rows = vault.sqlite
    .prepare(
      `SELECT c.id AS clientId, coalesce(nullif(c.preferred_name, ''), c.forename) || ' ' || c.surname AS clientName,
              o.name AS organisationName, c.review_due_on AS reviewDueOn
         ${from}
        ORDER BY c.review_due_on, c.surname COLLATE NOCASE, c.id
        LIMIT @limit`,
    )
    .all({ weekEndsOn, limit }) as Omit<ReviewDue, 'isOverdue'>[];
  return { reviews: rows.map((row) => ({ ...row, isOverdue: row.reviewDueOn < on })), total, weekEndsOn };
}
