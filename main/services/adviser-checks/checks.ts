// Checks schools ask of the adviser (DBS, indemnity insurance, CDI registration)
// and the home-screen reminders when one is due for renewal.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { z } from 'zod';
import { adviserCheckKinds, adviserCheckLabels, checkReminderDays } from '../../../shared/caseload';
import type { adviserCheckSchema } from '../../../shared/contract/adviser-checks';
import { adviserChecks } from '../../db/schema';
import type { OpenVault } from '../../vault';

export type AdviserCheck = z.infer<typeof adviserCheckSchema>;
export type Reminder = { kind: string; title: string; dueOn: string; isOverdue: boolean };

export function listAdviserChecks({ db }: OpenVault): AdviserCheck[] {
  const stored = new Map(
    db
      .select()
      .from(adviserChecks)
      .all()
      .map((check) => [check.kind, check]),
  );
  return adviserCheckKinds.map((kind) => {
    const check = stored.get(kind);
    return {
      kind,
      reference: check?.reference ?? '',
      checkedOn: check?.checkedOn ?? null,
      dueOn: check?.dueOn ?? null,
    };
  });
}

export function saveAdviserCheck(vault: OpenVault, check: AdviserCheck): AdviserCheck[] {
  vault.db
    .insert(adviserChecks)
    .values(check)
    .onConflictDoUpdate({
      target: adviserChecks.kind,
      set: { reference: check.reference, checkedOn: check.checkedOn, dueOn: check.dueOn },
    })
    .run();
  return listAdviserChecks(vault);
}

export function checkReminders(vault: OpenVault, on: string): Reminder[] {
  const today = parseISO(on);
  return listAdviserChecks(vault).flatMap((check) => {
    if (!check.dueOn) return [];
    const daysLeft = differenceInCalendarDays(parseISO(check.dueOn), today);
    if (daysLeft > checkReminderDays) return [];
    const label = adviserCheckLabels[check.kind];
    return [
      {
        kind: `check:${check.kind}`,
        title: daysLeft < 0 ? `${label} is overdue for renewal` : `${label} is due for renewal`,
        dueOn: check.dueOn,
        isOverdue: daysLeft < 0,
      },
    ];
  });
}
