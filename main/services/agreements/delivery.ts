// Reads an organisation's diary for a period and measures it against the
// agreement's terms (shared/agreement-delivery.ts holds the rules).
import {
  deliveryAgainst,
  type AgreementTerms,
  type DeliveredSession,
  type Delivery,
} from '../../../shared/agreement-delivery';
import { todayInLondon } from '../../../shared/dates';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export type DeliveryPeriod = { organisationId: string; from: string; to: string };

export function agreementTerms(vault: OpenVault, organisationId: string): AgreementTerms | null {
  const row = vault.sqlite
    .prepare(
      `SELECT bought_unit AS boughtUnit, bought_quantity AS boughtQuantity, hours_per_day AS hoursPerDay, does_non_attendance_count AS doesNonAttendanceCount
         FROM agreements WHERE organisation_id = ?`,
    )
    .get(organisationId) as
    (Omit<AgreementTerms, 'doesNonAttendanceCount'> & { doesNonAttendanceCount: number }) | undefined;
  return row ? { ...row, doesNonAttendanceCount: row.doesNonAttendanceCount === 1 } : null;
}

/** The organisation's diary sessions in the period, with what happened at their appointments. */
export function deliveredSessions(vault: OpenVault, { organisationId, from, to }: DeliveryPeriod): DeliveredSession[] {
  return vault.sqlite
    .prepare(
      `SELECT s.held_on AS heldOn, s.starts_at AS startsAt, s.ends_at AS endsAt, s.kind,
              coalesce(sum(a.minutes) FILTER (WHERE a.status = 'did-not-attend'), 0) AS nonAttendanceMinutes,
              count(a.id) FILTER (WHERE a.status = 'seen') AS seen,
              count(a.id) FILTER (WHERE a.status = 'did-not-attend') AS didNotAttend,
              count(a.id) FILTER (WHERE a.status = 'booked') AS booked
         FROM diary_sessions s LEFT JOIN appointments a ON a.session_id = s.id
        WHERE s.organisation_id = @organisationId AND s.held_on BETWEEN @from AND @to
        GROUP BY s.id
        ORDER BY s.held_on, s.starts_at`,
    )
    .all({ organisationId, from, to }) as DeliveredSession[];
}

/** Bought, used, booked and left for the period; with no agreement, hours delivered against nothing bought. */
export function deliveryFor(
  vault: OpenVault,
  period: DeliveryPeriod,
  context: ServiceContext = systemContext,
): Delivery {
  const now = context.now();
  const terms = agreementTerms(vault, period.organisationId) ?? {
    boughtUnit: null,
    boughtQuantity: null,
    hoursPerDay: 6,
    doesNonAttendanceCount: true,
  };
  return deliveryAgainst(terms, deliveredSessions(vault, period), todayInLondon(now), londonTime.format(now));
}
