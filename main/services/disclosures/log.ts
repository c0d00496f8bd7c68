// The disclosure log: every time data leaves the vault, who received what,
// when, and on what basis. Entries are only ever added (the database refuses
// edits and deletes); erasure may only anonymise them.
import { desc, eq, isNull } from 'drizzle-orm';
import type { LawfulBasis } from '../../../shared/disclosures';
import { disclosures } from '../../db/schema';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

export type Disclosure = {
  id: number;
  clientId: string | null;
  recipient: string;
  disclosedOn: string;
  what: string;
  lawfulBasis: string;
  consentId: string | null;
  isAnonymised: boolean;
};

export function logDisclosure(
  vault: OpenVault,
  entry: {
    clientId: string | null;
    recipient: string;
    what: string;
    lawfulBasis: LawfulBasis;
    consentId?: string | null;
    disclosedOn: string;
  },
  context: ServiceContext = systemContext,
): void {
  const now = context.now();
  vault.db
    .insert(disclosures)
    .values({ ...entry, consentId: entry.consentId ?? null, createdAt: now.toISOString() })
    .run();
}

export function listDisclosures({ db }: OpenVault, clientId?: string): Disclosure[] {
  const rows = db
    .select()
    .from(disclosures)
    .where(
      clientId === undefined
        ? undefined
        : clientId === null
          ? isNull(disclosures.clientId)
          : eq(disclosures.clientId, clientId),
    )
    .orderBy(desc(disclosures.id))
    .all();
  return rows.map(({ createdAt: _createdAt, ...row }) => row);
}
