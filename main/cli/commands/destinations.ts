// `waymark destinations`: the local authority's destination return for one
// school's Year 11 cohort, as a CSV. Only clients whose consent covers
// destination returns go in; the others are listed with the reason. The file
// is written whole, then each client in it is logged as a disclosure.
import { defaultReturnMapping } from '../../../shared/destinations/return-columns';
import { AppError } from '../../errors';
import { findOrganisationId } from '../lookups';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export type DestinationsOptions = CommandOptions & {
  school: string;
  cohort: string;
  out: string;
  mapping?: string;
  recipient?: string;
};

export async function destinationsCommand(options: DestinationsOptions): Promise<CommandResult> {
  if (!options.out.toLowerCase().endsWith('.csv')) throw new AppError('VALIDATION', 'The --out file must end in .csv.');
  const cohort = Number(options.cohort);
  if (!/^\d{4}$/.test(options.cohort) || cohort < 2000 || cohort > 2100)
    throw new AppError(
      'VALIDATION',
      'Give --cohort as the year the pupils were in Year 11, such as 2026 for 2026 to 2027.',
    );
  const exported = await withSession(options.vault, async ({ call }) => {
    const organisationId = await findOrganisationId(call, options.school);
    const saved = options.mapping
      ? (await call('destinations.returnMappings', {})).find(
          (entry) => entry.name.toLocaleLowerCase('en-GB') === options.mapping?.toLocaleLowerCase('en-GB'),
        )
      : undefined;
    if (options.mapping && !saved)
      throw new AppError(
        'NOT_FOUND',
        `There is no saved column mapping called "${options.mapping}". Save one in the app first, or leave --mapping out for the default columns.`,
      );
    return call(
      'destinations.exportReturn',
      {
        organisationId,
        cohort,
        mapping: saved?.mapping ?? defaultReturnMapping,
        recipient: options.recipient?.trim() || options.mapping || 'The local authority',
      },
      { deliverTo: options.out },
    );
  });
  return {
    json: {
      included: exported.included,
      excluded: exported.excluded.map(({ clientId, reason }) => ({ clientId, reason })),
      file: options.out,
    },
    human: [
      `Wrote the destination return for ${exported.included} pupils to ${options.out}, and logged each as a disclosure.`,
      // Reasons counted, not names: the terminal may be shared or recorded; --json gives each client's id.
      ...(exported.excluded.length > 0
        ? [
            `Left out ${exported.excluded.length} without consent for destination returns:`,
            ...countReasons(exported.excluded),
          ]
        : []),
    ].join('\n'),
  };
}

function countReasons(excluded: { reason: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const { reason } of excluded) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => `  ${count} × ${reason}`);
}
