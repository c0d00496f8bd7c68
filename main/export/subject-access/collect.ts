// Gathers everything held on one person, table by table, straight from the
// schema's list of client-data tables, so a table added later cannot be
// left out of a subject-access bundle by accident. Records the adviser marked
// as third-party information come out as "Withheld: <note>" here, before any
// file is made from them, so no form of the bundle can carry the original.
import type { OpenVault } from '../../vault';
import { anonymisedTables, clientDataTables } from '../../services/erasure';
import { listWithholdings, withheldText, withholdingFor } from './withholdings';

export type CollectedRecords = { tables: Record<string, Record<string, unknown>[]>; files: { path: string; bytes: Buffer }[] };

const blobColumns = new Set(['bytes']);

export function collectClientRecords(vault: OpenVault, clientId: string): CollectedRecords {
  const tables: CollectedRecords['tables'] = {};
  const files: CollectedRecords['files'] = [];
  const marks = listWithholdings(vault, clientId);
  const everyTable = [...clientDataTables, ...anonymisedTables.map((table) => ({ table, where: 'client_id = @clientId' }))];
  for (const { table, where } of everyTable) {
    const rows = vault.sqlite.prepare(`SELECT * FROM ${table} WHERE ${where}`).all({ clientId }) as Record<string, unknown>[];
    tables[table] = rows.map((row) => {
      const withheld = withholdingFor(marks, table, row);
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
  return { tables, files };
}
