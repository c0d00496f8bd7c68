// What commands look up by channel before they act: an organisation by the
// name typed after --school, and every client (the contract pages the list).
import type { ChannelInput } from '../../shared/contract';
import type { ClientRow } from '../../shared/contract/clients';
import { AppError } from '../errors';
import type { CliSession } from './session';

/** SQLite's lower(): ASCII letters only, as the app matches a new organisation's name against the old. */
const foldCase = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** The organisation with this name, ignoring case; an open one before an archived one. */
export async function findOrganisationId(call: CliSession['call'], name: string): Promise<string> {
  const wanted = foldCase(name.trim());
  const named = (await call('organisations.list', { includeArchived: true })).filter(
    (organisation) => foldCase(organisation.name) === wanted,
  );
  const found = named.find((organisation) => !organisation.isArchived) ?? named[0];
  if (!found) throw new AppError('NOT_FOUND', `There is no organisation called "${name}" in this vault.`);
  return found.id;
}

/** Every client matching the filter, by surname, a page at a time. */
export async function listAllClients(
  call: CliSession['call'],
  filter: ChannelInput<'clients.list'>['filter'],
  on: string,
): Promise<ClientRow[]> {
  const limit = 500;
  const rows: ClientRow[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await call('clients.list', { filter, sort: 'surname', offset, limit, on });
    rows.push(...page.rows);
    if (page.rows.length < limit || rows.length >= page.total) return rows;
  }
}
