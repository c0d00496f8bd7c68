// Gathers everything held on one person, table by table, straight from the
// schema's list of client-data tables, so a table added later cannot be
// left out of a subject-access bundle by accident. Records the adviser marked
// as third-party information come out as "Withheld: <note>" here, before any
// file is made from them, so no form of the bundle can carry the original.
import type { CollectedRecords } from '../../export/subject-access';
import type { OpenVault } from '../../vault';
import { anonymisedTables, clientDataTables } from '../erasure';
import { listWithholdings, withheldText, withholdingFor } from './withholdings';

/** Safeguarding records are withheld until the adviser has reviewed them and decided to release them. */
export const safeguardingPendingNote =
  'Safeguarding record, withheld until the adviser has reviewed whether it can be released';
const safeguardingColumns = ['what_happened', 'reported_to', 'reference'];

const blobColumns = new Set(['bytes']);

export function collectClientRecords(
  vault: OpenVault,
  clientId: string,
  options: { isSafeguardingReleased: boolean } = { isSafeguardingReleased: false },
): CollectedRecords {
  const tables: CollectedRecords['tables'] = {};
  const files: CollectedRecords['files'] = [];
  const marks = listWithholdings(vault, clientId);
  const everyTable = [
    ...clientDataTables,
    ...anonymisedTables.map((table) => ({ table, where: 'client_id = @clientId' })),
  ];
  for (const { table, where } of everyTable) {
    const rows = vault.sqlite.prepare(`SELECT * FROM ${table} WHERE ${where}`).all({ clientId }) as Record<
      string,
      unknown
    >[];
    tables[table] = rows.map((row) => {
      const withheld =
        table === 'safeguarding_concerns' && !options.isSafeguardingReleased
          ? { note: safeguardingPendingNote, columns: safeguardingColumns }
          : withholdingFor(marks, table, row);
      const copy: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(row)) {
        if (withheld?.columns.includes(column)) {
          // A withheld file is left out altogether; the record says why.
          if (blobColumns.has(column)) copy.file = null;
          else copy[column] = withheldText(withheld.note);
        } else if (blobColumns.has(column) && Buffer.isBuffer(value)) {
          // Pictures go in the bundle as files of their own; the record names the file.
          const path = `attachments/${String(row.id)}-${String(row.file_name ?? 'file').replace(/[\\/:*?"<>|]+/g, '_')}`;
          files.push({ path, bytes: value });
          copy.file = path;
        } else {
          copy[column] = value;
        }
      }
      return copy;
    });
  }
  return { tables, files, names: namesFor(vault, tables) };
}

function namesFor(vault: OpenVault, tables: CollectedRecords['tables']): CollectedRecords['names'] {
  const organisationIds = new Set(
    [...(tables.clients ?? []), ...(tables.client_organisation_history ?? []), ...(tables.interviews ?? [])]
      .map((row) => row.organisation_id)
      .filter((id): id is string => typeof id === 'string'),
  );
  const organisations: Record<string, string> = {};
  const organisationName = vault.sqlite.prepare('SELECT name FROM organisations WHERE id = ?');
  for (const id of organisationIds)
    organisations[id] = (organisationName.get(id) as { name: string } | undefined)?.name ?? 'A school or college';
  const groupSessions: CollectedRecords['names']['groupSessions'] = {};
  const session = vault.sqlite.prepare('SELECT held_on AS heldOn, kind, title FROM group_sessions WHERE id = ?');
  for (const row of tables.group_session_attendees ?? []) {
    const found = session.get(String(row.session_id)) as { heldOn: string; kind: string; title: string } | undefined;
    if (found) groupSessions[String(row.session_id)] = found;
  }
  const diarySessions: CollectedRecords['names']['diarySessions'] = {};
  const diarySession = vault.sqlite.prepare(
    'SELECT s.held_on AS heldOn, o.name AS organisation FROM diary_sessions s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = ?',
  );
  for (const row of tables.appointments ?? []) {
    const found = diarySession.get(String(row.session_id)) as { heldOn: string; organisation: string } | undefined;
    if (found) diarySessions[String(row.session_id)] = found;
  }
  return { organisations, groupSessions, diarySessions };
}
