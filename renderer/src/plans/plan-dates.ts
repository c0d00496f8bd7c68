// When a version was finalised, as a UK date in London.
import { formatDate, todayInLondon } from '../format/dates';

export function formatInstantDate(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? '' : formatDate(todayInLondon(date));
}
