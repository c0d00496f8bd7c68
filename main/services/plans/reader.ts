// Who a plan document is for, as the document needs it: the client's reading
// needs (their language and whether they read better in the dyslexia-friendly
// style), their school or college, and where they plan to go next.
import { desc, eq, sql } from 'drizzle-orm';
import type { DocumentVariant } from '../../../shared/contract/plans';
import { activityCode } from '../../../shared/destinations/nccis-codes';
import type { PlanLanguage } from '../../../shared/plan-language';
import { clients, intendedDestinations, organisations } from '../../db/schema';
import type { OpenVault } from '../../vault';

export type PlanReader = {
  language: PlanLanguage;
  isDyslexiaFriendly: boolean;
  school: string;
  intendedDestination: string;
};

export function planReaderOf({ db }: OpenVault, clientId: string): PlanReader {
  const client = db
    .select({
      language: clients.planLanguage,
      isDyslexiaFriendly: clients.isDyslexiaFriendly,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
    })
    .from(clients)
    .innerJoin(organisations, eq(organisations.id, clients.organisationId))
    .where(eq(clients.id, clientId))
    .get();
  const intended = db
    .select({
      code: intendedDestinations.code,
      codeListVersion: intendedDestinations.codeListVersion,
      provider: intendedDestinations.provider,
      course: intendedDestinations.course,
    })
    .from(intendedDestinations)
    .where(eq(intendedDestinations.clientId, clientId))
    .orderBy(desc(intendedDestinations.recordedOn), desc(sql`rowid`))
    .get();
  const course = intended ? [intended.course.trim(), intended.provider.trim()].filter(Boolean).join(' at ') : '';
  return {
    language: client?.language ?? 'en',
    isDyslexiaFriendly: client?.isDyslexiaFriendly ?? false,
    // An adult seen privately has no school to name.
    school: client && client.organisationKind !== 'private-practice' ? client.organisationName : '',
    intendedDestination: intended ? course || (activityCode(intended.code, intended.codeListVersion)?.label ?? '') : '',
  };
}

/** The copy asked for, with anything left unsaid taken from the client's own settings. */
export function withReaderDefaults(
  variant: DocumentVariant,
  reader: PlanReader,
): DocumentVariant & { language: PlanLanguage; isDyslexiaFriendly: boolean } {
  return {
    ...variant,
    language: variant.language ?? reader.language,
    isDyslexiaFriendly: variant.isDyslexiaFriendly ?? reader.isDyslexiaFriendly,
  };
}
