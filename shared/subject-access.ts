// When a subject-access request must be answered.
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/**
 * Article 12(3): one month from receipt; where that day does not exist the
 * deadline is the last day of the month (31 January gives 28 or 29 February).
 * An extension adds up to two further months.
 */
export function subjectAccessDeadline(receivedOn: string, isExtended: boolean): string {
  return format(addMonths(parseISO(receivedOn), isExtended ? 3 : 1), 'yyyy-MM-dd');
}
