// destinations_export_ms: the local authority's destination return for the
// practice's largest Year 11 cohort, in the standard columns, as the adviser
// waits for the file (the disclosures logged in the same transaction). The
// median of three.
import { academicYearOf } from '../../shared/caseload';
import { defaultReturnMapping } from '../../shared/destinations/return-columns';
import { isAppError } from '../errors';
import { exportDestinationsReturn } from '../services/destinations';
import type { OpenVault } from '../vault';

export function timeDestinationsReturn(vault: OpenVault, today: string): { ms: number; included: number } {
  const largest = vault.sqlite
    .prepare(
      'SELECT organisation_id AS id FROM clients WHERE year_group = 11 GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1',
    )
    .get() as { id: string } | undefined;
  if (!largest) return { ms: 0, included: 0 };
  const cohort = Number(academicYearOf(today).startsOn.slice(0, 4));
  const times: number[] = [];
  let included = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    try {
      included = exportDestinationsReturn(vault, {
        organisationId: largest.id,
        cohort,
        mapping: defaultReturnMapping,
        recipient: 'Benchmark local authority',
        deliver: () => undefined,
      }).included;
    } catch (error) {
      // A tiny practice may hold nobody who agreed: deciding that is the work measured.
      if (!isAppError(error) || error.code !== 'VALIDATION') throw error;
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[1] ?? 0, included };
}
