// Roll columns in the adviser's words.
import { rollFieldLabels, type RollField } from '../../../shared/caseload';

/** "surname, forename and date of birth". */
export function describeMissingFields(fields: readonly RollField[]): string {
  const names = fields.map((field) => rollFieldLabels[field].toLowerCase());
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** "1.2 MB", for telling the adviser how big a refused file was. */
export function describeFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
