// A new invoice's starting point: the agreement's billing terms, and for a
// period the diary sessions delivered in it and not yet on an invoice, one
// line per session (one per school day for a day rate) at the agreement's
// rate. Lines say what was delivered ("Careers guidance: 6 interviews"),
// never who.
import { minutesBetween } from '../../../shared/agreement-delivery';
import type { InvoiceLineInput, InvoiceStart } from '../../../shared/contract/invoices';
import { formatUkDate, todayInLondon } from '../../../shared/dates';
import { dueDate, type InvoiceUnit } from '../../../shared/invoices';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { getOrganisation } from '../organisations';
import { readInvoiceDetails } from './details';
import { type ServiceContext, systemContext } from '../context';

type HeldSession = {
  id: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  kind: string;
  seen: number;
  didNotAttend: number;
  nonAttendanceMinutes: number;
  /** 1 when a line of an invoice that still stands bills it. */
  isBilled: number;
};

const kindWords: Record<string, string> = {
  'group-work': 'group work',
  'drop-in': 'drop-in',
  'parents-evening': 'parents’ evening',
  meeting: 'meeting',
};

/**
 * Sessions held (ended by now) in the period, not travel, and on no invoice
 * that still stands. A day's line names its first session, so for a day rate
 * a date with any billed session is billed.
 */
function sessionsToBill(
  vault: OpenVault,
  organisationId: string,
  from: string,
  to: string,
  isByDay: boolean,
  now: Date,
): HeldSession[] {
  const today = todayInLondon(now);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  const sessions = vault.sqlite
    .prepare(
      `SELECT s.id, s.held_on AS heldOn, s.starts_at AS startsAt, s.ends_at AS endsAt, s.kind,
              count(a.id) FILTER (WHERE a.status = 'seen') AS seen,
              count(a.id) FILTER (WHERE a.status = 'did-not-attend') AS didNotAttend,
              coalesce(sum(a.minutes) FILTER (WHERE a.status = 'did-not-attend'), 0) AS nonAttendanceMinutes,
              EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                       WHERE l.diary_session_id = s.id AND i.kind = 'invoice' AND i.status <> 'cancelled') AS isBilled
         FROM diary_sessions s LEFT JOIN appointments a ON a.session_id = s.id
        WHERE s.organisation_id = @organisationId AND s.held_on BETWEEN @from AND @to AND s.kind <> 'travel'
        GROUP BY s.id
        ORDER BY s.held_on, s.starts_at`,
    )
    .all({ organisationId, from, to }) as HeldSession[];
  const billedDates = new Set(sessions.filter((session) => session.isBilled === 1).map((session) => session.heldOn));
  return sessions
    .filter((session) => session.heldOn < today || (session.heldOn === today && session.endsAt <= time))
    .filter((session) => (isByDay ? !billedDates.has(session.heldOn) : session.isBilled === 0));
}

function byDate(sessions: HeldSession[]): Map<string, HeldSession[]> {
  const dates = new Map<string, HeldSession[]>();
  for (const session of sessions) dates.set(session.heldOn, [...(dates.get(session.heldOn) ?? []), session]);
  return dates;
}

function describe(sessions: HeldSession[], doesNonAttendanceCount: boolean): string {
  const interviews = sessions.reduce(
    (sum, session) => sum + session.seen + (doesNonAttendanceCount ? session.didNotAttend : 0),
    0,
  );
  const parts = [
    ...(interviews > 0 ? [`${interviews} ${interviews === 1 ? 'interview' : 'interviews'}`] : []),
    ...[
      ...new Set(sessions.map((session) => kindWords[session.kind]).filter((words): words is string => Boolean(words))),
    ],
  ];
  return `Careers guidance: ${parts.length > 0 ? parts.join(', ') : 'interview session'}`;
}

function linesFor(
  sessions: HeldSession[],
  rate: { ratePence: number; unit: InvoiceUnit },
  terms: { hoursPerDay: number; doesNonAttendanceCount: boolean },
  isVatRegistered: boolean,
): InvoiceLineInput[] {
  const vat = isVatRegistered ? 'standard' : 'no-vat';
  const minutes = (session: HeldSession) =>
    Math.max(
      0,
      minutesBetween(session.startsAt, session.endsAt) -
        (terms.doesNonAttendanceCount ? 0 : session.nonAttendanceMinutes),
    );
  const line = (suppliedOn: string, group: HeldSession[], quantity: number): InvoiceLineInput => ({
    suppliedOn,
    description: describe(group, terms.doesNonAttendanceCount),
    quantity,
    unit: rate.unit,
    ratePence: rate.ratePence,
    vat,
    diarySessionId: group[0]?.id ?? null,
  });
  if (rate.unit === 'day' || rate.unit === 'half-day') {
    // A school day is sold as a day: one line per date, to the nearest half day, never less than a half day.
    return [...byDate(sessions).entries()].flatMap(([heldOn, group]) => {
      const total = group.reduce((sum, session) => sum + minutes(session), 0);
      if (total === 0) return [];
      const days = Math.max(0.5, Math.round((total / 60 / terms.hoursPerDay) * 2) / 2);
      return [line(heldOn, group, rate.unit === 'day' ? days : days * 2)];
    });
  }
  if (rate.unit === 'interview') {
    return sessions.flatMap((session) => {
      const count = session.seen + (terms.doesNonAttendanceCount ? session.didNotAttend : 0);
      return count > 0 ? [line(session.heldOn, [session], count)] : [];
    });
  }
  return sessions.flatMap((session) => {
    const hours = Math.round((minutes(session) / 60) * 100) / 100;
    return hours > 0 ? [line(session.heldOn, [session], hours)] : [];
  });
}

export type StartInput = { organisationId: string; from?: string; to?: string; on?: string };

export function startInvoice(
  vault: OpenVault,
  { organisationId, from, to, on }: StartInput,
  context: ServiceContext = systemContext,
): InvoiceStart {
  const now = context.now();
  const organisation = getOrganisation(vault, organisationId);
  const agreement = organisation.agreement;
  const invoiceDate = on ?? todayInLondon(now);
  const paymentDays = agreement?.paymentDays ?? 30;
  const isVatRegistered = readInvoiceDetails(vault).vatNumber !== '';
  const rate =
    agreement?.ratePence !== null && agreement?.ratePence !== undefined
      ? { ratePence: agreement.ratePence, unit: agreement.rateUnit ?? 'day' }
      : null;
  const start: InvoiceStart = {
    organisationId,
    organisationName: organisation.name,
    billingName: agreement?.billingName || organisation.name,
    billingAddress: agreement?.billingAddress || organisation.address,
    purchaseOrder: agreement?.purchaseOrder ?? '',
    paymentDays,
    invoiceDate,
    dueOn: dueDate(invoiceDate, paymentDays),
    supplyFrom: from ?? null,
    supplyTo: to ?? null,
    rate,
    isVatRegistered,
    lines: [],
  };
  if (from === undefined && to === undefined) return start;
  if (from === undefined || to === undefined)
    throw new AppError('VALIDATION', 'Give both the first and the last day of the period to invoice.');
  if (to < from)
    throw new AppError(
      'VALIDATION',
      `The period ends (${formatUkDate(to)}) before it starts (${formatUkDate(from)}). Give an end date on or after the start.`,
    );
  if (!rate) {
    const what = agreement
      ? `The agreement with ${organisation.name} has no rate`
      : `No agreement with ${organisation.name} is recorded`;
    throw new AppError(
      'VALIDATION',
      `${what}, so the lines cannot be worked out from the diary. Add the rate to the agreement (Edit details), or type the lines by hand.`,
    );
  }
  const terms = {
    hoursPerDay: agreement?.hoursPerDay ?? 6,
    doesNonAttendanceCount: agreement?.doesNonAttendanceCount ?? true,
  };
  const isByDay = rate.unit === 'day' || rate.unit === 'half-day';
  const lines = linesFor(sessionsToBill(vault, organisationId, from, to, isByDay, now), rate, terms, isVatRegistered);
  if (lines.length === 0) {
    throw new AppError(
      'VALIDATION',
      `The diary shows nothing delivered to ${organisation.name} from ${formatUkDate(from)} to ${formatUkDate(to)} that is not already invoiced. Check the dates, or type the lines by hand.`,
    );
  }
  return { ...start, lines };
}
