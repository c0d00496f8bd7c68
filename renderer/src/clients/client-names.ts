// How a client is named on screen: the name they go by first, surname last;
// lists sorted by surname put it first.

type Named = { forename: string; preferredName: string; surname: string };

export function knownAs(client: Named): string {
  return client.preferredName.trim() || client.forename;
}

/** "Luke Wiśniewski" */
export function displayName(client: Named): string {
  return `${knownAs(client)} ${client.surname}`;
}

/** "Wiśniewski, Luke" */
export function listName(client: Named): string {
  return `${client.surname}, ${knownAs(client)}`;
}

/** "Łukasz Wiśniewski", shown when it differs from the name they go by. */
export function legalName(client: Named): string {
  return `${client.forename} ${client.surname}`;
}
