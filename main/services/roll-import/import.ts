// Applies a checked roll to the vault: creates new pupils, updates known ones
// (matched by UPN within the school, else by name and date of birth) and never
// duplicates anyone. Each row is all or nothing; a dry run reports the same
// counts and writes nothing.
import type { ClientFields } from '../../../shared/contract/clients';
import type { ColumnChoice, RollReport } from '../../../shared/contract/roll-import';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { writeClient } from '../clients';
import { findOrCreateSchool, findOrganisationByName } from '../organisations';
import { describeMissingColumns, parseRoll, type RollProblem, type RollRow } from './parse';
import { type ServiceContext, systemContext } from '../context';

type Existing = ClientFields & { id: string };

class DryRunFinished extends Error {}

export type RollImport = {
  organisationName: string;
  csv: string;
  isDryRun: boolean;
  columnChoices?: readonly ColumnChoice[] | undefined;
};

/**
 * A dry run of a roll whose required columns are not all found reports them
 * (`missingFields`) and reads no row; importing it is refused.
 */
export function importRoll(
  vault: OpenVault,
  { organisationName, csv, isDryRun, columnChoices }: RollImport,
  context: ServiceContext = systemContext,
): RollReport {
  const parsed = parseRoll(csv, context.now(), columnChoices);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const rejected: RollProblem[] = [...parsed.problems];
  let organisationId: string | null = findOrganisationByName(vault, organisationName) ?? null;
  const { columns, missingFields, rowsRead } = parsed;
  if (missingFields.length > 0) {
    if (!isDryRun) throw new AppError('VALIDATION', describeMissingColumns(missingFields));
    return { columns, missingFields, rowsRead, ...counts, rejected: [], flagged: [], isDryRun, organisationId };
  }

  const apply = () => {
    organisationId = findOrCreateSchool(vault, organisationName, context).organisation.id;
    const known = indexKnown(loadExisting(vault, organisationId));
    const claimed = new Map<string, number>();
    for (const row of parsed.rows) {
      const match = known.match(row);
      if (match && claimed.has(match.id)) {
        rejected.push({
          row: row.row,
          pupil: pupilName(row),
          reason: `This pupil is already on row ${claimed.get(match.id)} of this file.`,
        });
        continue;
      }
      try {
        // A row that fails leaves no trace, the others still import: writeClient makes its checks
        // before its first write, and any other error abandons the whole import. No savepoint per
        // row: each one made the search index write its pending rows out (FTS5 flushes on every
        // savepoint), a fifth of the import's time.
        const outcome = applyRow(vault, organisationId as string, row, match, context);
        counts[outcome.result] += 1;
        claimed.set(outcome.id, row.row);
        known.add(outcome.client);
      } catch (error) {
        if (error instanceof AppError) rejected.push({ row: row.row, pupil: pupilName(row), reason: error.message });
        else throw error;
      }
    }
    if (isDryRun) throw new DryRunFinished();
  };

  try {
    vault.db.transaction(apply);
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
    if (!findOrganisationByName(vault, organisationName)) organisationId = null;
  }

  rejected.sort((a, b) => a.row - b.row);
  const rejectedRows = new Set(rejected.map((problem) => problem.row));
  const flagged = parsed.flagged.filter((flag) => !rejectedRows.has(flag.row));
  return { columns, missingFields, rowsRead, ...counts, rejected, flagged, isDryRun, organisationId };
}

function pupilName(row: RollRow): string {
  return `${row.preferredName || row.forename} ${row.surname}`;
}

type BooleanField =
  | 'hasPupilPremium'
  | 'isAtRiskOfNeet'
  | 'isLookedAfter'
  | 'isYoungCarer'
  | 'hasEnglishAsAdditionalLanguage'
  | 'isDyslexiaFriendly';

function loadExisting(vault: OpenVault, organisationId: string): Existing[] {
  return vault.sqlite
    .prepare(
      `SELECT id, organisation_id AS organisationId, surname, forename, preferred_name AS preferredName, date_of_birth AS dateOfBirth,
              year_group AS yearGroup, tutor_group AS tutorGroup, upn, key_worker AS keyWorker, send_status AS sendStatus,
              has_pupil_premium AS hasPupilPremium, is_at_risk_of_neet AS isAtRiskOfNeet, is_looked_after AS isLookedAfter, is_young_carer AS isYoungCarer,
              has_english_as_additional_language AS hasEnglishAsAdditionalLanguage, postcode, provision_level AS provisionLevel,
              referral_source AS referralSource, email, phone, about_me AS aboutMe, review_due_on AS reviewDueOn,
              plan_language AS planLanguage, is_dyslexia_friendly AS isDyslexiaFriendly
         FROM clients WHERE organisation_id = ?`,
    )
    .all(organisationId)
    .map((row) => {
      // SQLite hands booleans back as 0 or 1.
      const client = row as Omit<Existing, BooleanField> & Record<BooleanField, number>;
      return {
        ...client,
        hasPupilPremium: Boolean(client.hasPupilPremium),
        isAtRiskOfNeet: Boolean(client.isAtRiskOfNeet),
        isLookedAfter: Boolean(client.isLookedAfter),
        isYoungCarer: Boolean(client.isYoungCarer),
        hasEnglishAsAdditionalLanguage: Boolean(client.hasEnglishAsAdditionalLanguage),
        isDyslexiaFriendly: Boolean(client.isDyslexiaFriendly),
      };
    });
}

/** Lookups by UPN and by name with date of birth: one pass, not one scan per row. */
type KnownClients = { add(client: Existing): void; match(row: RollRow): Existing | undefined };

// Names match ignoring case but not accents: "Sian" and "Siân" may be different people.
const nameKey = (surname: string, forename: string, dateOfBirth: string | null) =>
  `${dateOfBirth ?? ''}|${surname.toLocaleLowerCase('en-GB')}|${forename.toLocaleLowerCase('en-GB')}`;

function indexKnown(clients: Existing[]): KnownClients {
  const byUpn = new Map<string, Existing>();
  const byName = new Map<string, Existing>();
  const add = (client: Existing) => {
    if (client.upn) byUpn.set(client.upn.toUpperCase(), client);
    const key = nameKey(client.surname, client.forename, client.dateOfBirth);
    if (!byName.has(key)) byName.set(key, client);
  };
  clients.forEach(add);
  return {
    add,
    match: (row) =>
      (row.upn ? byUpn.get(row.upn.toUpperCase()) : undefined) ??
      byName.get(nameKey(row.surname, row.forename, row.dateOfBirth)),
  };
}

function applyRow(
  vault: OpenVault,
  organisationId: string,
  row: RollRow,
  match: Existing | undefined,
  context: ServiceContext,
) {
  const fromRoll = {
    surname: row.surname,
    forename: row.forename,
    dateOfBirth: row.dateOfBirth,
    ...(row.upn ? { upn: row.upn } : {}),
    ...(row.preferredName !== undefined ? { preferredName: row.preferredName } : {}),
    ...(row.yearGroup !== undefined ? { yearGroup: row.yearGroup } : {}),
    ...(row.tutorGroup !== undefined ? { tutorGroup: row.tutorGroup } : {}),
    ...(row.sendStatus !== undefined ? { sendStatus: row.sendStatus } : {}),
    ...(row.hasPupilPremium !== undefined ? { hasPupilPremium: row.hasPupilPremium } : {}),
    ...(row.isLookedAfter !== undefined ? { isLookedAfter: row.isLookedAfter } : {}),
    ...(row.isYoungCarer !== undefined ? { isYoungCarer: row.isYoungCarer } : {}),
    ...(row.hasEnglishAsAdditionalLanguage !== undefined
      ? { hasEnglishAsAdditionalLanguage: row.hasEnglishAsAdditionalLanguage }
      : {}),
    ...(row.postcode !== undefined ? { postcode: row.postcode } : {}),
  };
  if (match) {
    const isUnchanged = (Object.entries(fromRoll) as [keyof ClientFields, unknown][]).every(
      ([key, value]) => match[key] === value,
    );
    if (isUnchanged) return { result: 'unchanged' as const, id: match.id, client: match };
    const updated = { ...match, ...fromRoll };
    writeClient(vault, updated, undefined, context);
    Object.assign(match, fromRoll);
    return { result: 'updated' as const, id: match.id, client: match };
  }
  const fields: ClientFields = {
    organisationId,
    preferredName: '',
    yearGroup: null,
    tutorGroup: '',
    upn: '',
    keyWorker: '',
    sendStatus: 'none',
    hasPupilPremium: false,
    isAtRiskOfNeet: false,
    isLookedAfter: false,
    isYoungCarer: false,
    hasEnglishAsAdditionalLanguage: false,
    postcode: '',
    planLanguage: 'en',
    isDyslexiaFriendly: false,
    provisionLevel: 'core',
    referralSource: null,
    email: '',
    phone: '',
    aboutMe: '',
    reviewDueOn: null,
    ...fromRoll,
  };
  const id = writeClient(vault, fields, undefined, context);
  return { result: 'created' as const, id, client: { ...fields, id } };
}
