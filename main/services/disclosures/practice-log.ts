// The practice's disclosure log, read-only and filterable, and the recipients
// it names for the practice's documents.
import type { Page } from '../../../shared/contract/page';
import type { OpenVault } from '../../vault';

export type DisclosureFilter = { text?: string | undefined; from?: string | undefined; to?: string | undefined };
export type PracticeDisclosure = {
  id: number;
  clientId: string | null;
  clientName: string | null;
  recipient: string;
  disclosedOn: string;
  what: string;
  lawfulBasis: string;
  isAnonymised: boolean;
};

/** Escapes LIKE's wildcards so a search for "50%" means the text "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export function practiceDisclosures(
  { sqlite }: OpenVault,
  filter: DisclosureFilter,
  { offset, limit }: Page,
): { total: number; entries: PracticeDisclosure[] } {
  const conditions: string[] = [];
  const parameters: Record<string, string | number> = { offset, limit };
  const text = filter.text?.trim();
  if (text) {
    conditions.push(`(d.recipient LIKE @text ESCAPE '\\' OR d.what LIKE @text ESCAPE '\\' OR d.lawful_basis LIKE @text ESCAPE '\\'
      OR c.forename LIKE @text ESCAPE '\\' OR c.surname LIKE @text ESCAPE '\\' OR c.preferred_name LIKE @text ESCAPE '\\'
      OR (coalesce(nullif(trim(c.preferred_name), ''), c.forename) || ' ' || c.surname) LIKE @text ESCAPE '\\')`);
    parameters.text = likePattern(text);
  }
  if (filter.from) {
    conditions.push('d.disclosed_on >= @from');
    parameters.from = filter.from;
  }
  if (filter.to) {
    conditions.push('d.disclosed_on <= @to');
    parameters.to = filter.to;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const from = 'FROM disclosures d LEFT JOIN clients c ON c.id = d.client_id';
  const { total } = sqlite.prepare(`SELECT count(*) AS total ${from} ${where}`).get(parameters) as { total: number };
  const rows = sqlite
    .prepare(
      `SELECT d.id, d.client_id AS clientId, d.recipient, d.disclosed_on AS disclosedOn, d.what, d.lawful_basis AS lawfulBasis, d.is_anonymised AS isAnonymised,
        c.forename, c.preferred_name AS preferredName, c.surname
       ${from} ${where} ORDER BY d.disclosed_on DESC, d.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(parameters) as (Omit<PracticeDisclosure, 'clientName' | 'isAnonymised'> & {
    isAnonymised: number;
    forename: string | null;
    preferredName: string | null;
    surname: string | null;
  })[];
  return {
    total,
    entries: rows.map(({ forename, preferredName, surname, isAnonymised, ...row }) => ({
      ...row,
      isAnonymised: isAnonymised === 1,
      clientName: surname === null ? null : `${preferredName?.trim() || forename || ''} ${surname}`.trim(),
    })),
  };
}

/**
 * Distinct recipients in the disclosure log, for the documents' list of who data
 * is shared with. Answers to a person's own rights requests are left out: their
 * recipient is the person (or their parent), not someone data is shared with,
 * and their name must not end up in a published notice.
 */
export function disclosureRecipients({ sqlite }: OpenVault): string[] {
  const rows = sqlite
    .prepare(
      `SELECT DISTINCT recipient FROM disclosures WHERE lawful_basis NOT IN ('subject-access', 'portability') ORDER BY recipient COLLATE NOCASE`,
    )
    .all() as { recipient: string }[];
  return rows.map((row) => row.recipient);
}
