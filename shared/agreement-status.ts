// Where an organisation's agreement stands on a given day, in the adviser's
// words: an agreement that has ended is not "Current", whatever the archive says.
import { formatUkDate } from './dates';

export type AgreementDates = { startsOn: string | null; endsOn: string | null };

export type AgreementStatus = {
  kind: 'archived' | 'ended' | 'not-started' | 'current' | 'no-agreement';
  /** "Current", "Ended 31 July 2026", "Starts 1 September 2026", "Archived", "No agreement". */
  label: string;
};

export function agreementStatus({
  isArchived,
  agreement,
  on,
}: {
  isArchived: boolean;
  agreement: AgreementDates | null;
  on: string;
}): AgreementStatus {
  if (isArchived) return { kind: 'archived', label: 'Archived' };
  if (!agreement) return { kind: 'no-agreement', label: 'No agreement' };
  if (agreement.endsOn !== null && agreement.endsOn < on)
    return { kind: 'ended', label: `Ended ${formatUkDate(agreement.endsOn)}` };
  if (agreement.startsOn !== null && agreement.startsOn > on)
    return { kind: 'not-started', label: `Starts ${formatUkDate(agreement.startsOn)}` };
  return { kind: 'current', label: 'Current' };
}
