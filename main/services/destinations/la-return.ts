// The destination return for the local authority: one cohort of one school as
// a CSV in the columns the LA asks for. Only clients whose consent in force
// covers destination returns go in; the others are named on screen with the
// reason, so the adviser can act. Each client in the file gets a disclosure
// entry, in the same transaction as the file is handed over: if writing fails,
// nothing is logged.
import { z } from 'zod';
import { describeYearGroup } from '../../../shared/caseload';
import { offerStatusLabels, returnMappingSchema } from '../../../shared/contract/destinations';
import { consentPurposeLabels } from '../../../shared/consent';
import {
  formatReturnDate,
  type ReturnColumnKey,
  type ReturnMapping,
} from '../../../shared/destinations/return-columns';
import { todayInLondon } from '../../../shared/dates';
import { spreadsheetCsv } from '../../export/spreadsheet-csv';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { consentedPurposesByClient, currentConsent } from '../consent';
import { logDisclosure } from '../disclosures';
import { getOrganisation } from '../organisations';
import { readStoredSetting, writeStoredSetting } from '../settings/stored-settings';
import { cohortOf, schoolPupils, type SchoolPupil } from './school';
import { type ServiceContext, systemContext } from '../context';

type Excluded = { clientId: string; name: string; reason: string };

const mappingsKey = 'destinations.returnMappings';
const storedMappings = z.array(z.object({ name: z.string(), mapping: returnMappingSchema }));

export function returnMappings(vault: OpenVault): { name: string; mapping: ReturnMapping }[] {
  return readStoredSetting(vault, mappingsKey, storedMappings, []);
}

export function saveReturnMapping(
  vault: OpenVault,
  input: { name: string; mapping: ReturnMapping },
): { name: string; mapping: ReturnMapping }[] {
  const others = returnMappings(vault).filter(
    (saved) => saved.name.toLocaleLowerCase('en-GB') !== input.name.toLocaleLowerCase('en-GB'),
  );
  const mappings = [...others, input].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  writeStoredSetting(vault, mappingsKey, mappings);
  return mappings;
}

function cohortPupils(vault: OpenVault, organisationId: string, cohort: number, today: string): SchoolPupil[] {
  return schoolPupils(vault, organisationId).filter((pupil) => cohortOf(pupil, today) === cohort);
}

/** Who goes in the return and who is left out, decided once for the preview and the file alike. */
function sortCohort(
  vault: OpenVault,
  organisationId: string,
  cohort: number,
  today: string,
): { included: SchoolPupil[]; excluded: Excluded[] } {
  const organisation = getOrganisation(vault, organisationId);
  const pupils = cohortPupils(vault, organisationId, cohort, today);
  if (pupils.length === 0) {
    throw new AppError(
      'VALIDATION',
      `${organisation.name} has no pupils in the ${cohort} to ${cohort + 1} Year 11 cohort. Check the cohort year, or import the roll first.`,
    );
  }
  const consented = consentedPurposesByClient(
    vault,
    today,
    pupils.map((pupil) => pupil.clientId),
  );
  const label = consentPurposeLabels.includeInDestinationReturns.toLowerCase();
  const included: SchoolPupil[] = [];
  const excluded: Excluded[] = [];
  for (const pupil of pupils) {
    if (consented.get(pupil.clientId)?.includes('includeInDestinationReturns')) included.push(pupil);
    else
      excluded.push({
        clientId: pupil.clientId,
        name: pupil.name,
        reason: reasonLeftOut(vault, pupil.clientId, today, label),
      });
  }
  return { included, excluded };
}

function reasonLeftOut(vault: OpenVault, clientId: string, today: string, label: string): string {
  const consent = currentConsent(vault, clientId);
  if (!consent) return 'No consent on record';
  if (consent.withdrawnOn && consent.withdrawnOn <= today)
    return `Consent withdrawn on ${formatReturnDate(consent.withdrawnOn, 'dd/mm/yyyy')}`;
  return `Has not agreed to ${label}`;
}

export function previewDestinationsReturn(
  vault: OpenVault,
  input: { organisationId: string; cohort: number },
  context: ServiceContext = systemContext,
) {
  const now = context.now();
  const { included, excluded } = sortCohort(vault, input.organisationId, input.cohort, todayInLondon(now));
  return { cohort: input.cohort, included: included.length, excluded };
}

function cellsFor(pupil: SchoolPupil, urn: string, mapping: ReturnMapping): string[] {
  const date = (iso: string | null) => formatReturnDate(iso, mapping.dateFormat);
  const yesNo = (isTrue: boolean) => (isTrue ? 'Y' : 'N');
  const values: Record<ReturnColumnKey, string> = {
    upn: pupil.upn,
    surname: pupil.surname,
    forename: pupil.forename,
    dateOfBirth: date(pupil.dateOfBirth),
    postcode: pupil.postcode,
    yearGroup: pupil.yearGroup === null ? '' : describeYearGroup(pupil.yearGroup).replace('Year ', ''),
    schoolUrn: urn,
    intendedCode: pupil.intended?.code ?? '',
    intendedProvider: pupil.intended?.provider ?? '',
    offerStatus: pupil.offer ? offerStatusLabels[pupil.offer.status] : '',
    offerProvider: pupil.offer?.provider ?? '',
    activityCode: pupil.activity?.code ?? '',
    activityStartsOn: date(pupil.activity?.startsOn ?? null),
    verifiedOn: date(pupil.activityVerifiedOn),
    send: pupil.sendStatus === 'ehc-plan' ? 'EHC plan' : pupil.sendStatus === 'sen-support' ? 'SEN support' : 'N',
    lookedAfter: yesNo(pupil.priorityGroups.includes('looked-after')),
    pupilPremium: yesNo(pupil.priorityGroups.includes('pupil-premium')),
  };
  return mapping.columns.map((column) => values[column.key]);
}

/**
 * Makes the return and hands it to `deliver` (a download, or a file written
 * whole); the disclosures are logged in the same transaction, after `deliver`
 * returns, so a failure leaves no file and no entries.
 */
export function exportDestinationsReturn(
  vault: OpenVault,
  input: {
    organisationId: string;
    cohort: number;
    mapping: ReturnMapping;
    recipient: string;
    deliver: (file: { fileName: string; bytes: Buffer }) => void;
  },
  context: ServiceContext = systemContext,
): { fileName: string; bytes: Buffer; included: number; excluded: Excluded[] } {
  const now = context.now();
  const today = todayInLondon(now);
  const organisation = getOrganisation(vault, input.organisationId);
  const { included, excluded } = sortCohort(vault, input.organisationId, input.cohort, today);
  if (included.length === 0) {
    throw new AppError(
      'VALIDATION',
      `Nobody in this cohort has agreed to be included in the local authority's destination returns, so there is nothing to send. ${excluded.length === 1 ? '1 pupil is' : `${excluded.length} pupils are`} listed with the reason.`,
    );
  }
  const urn = (
    vault.sqlite.prepare('SELECT urn FROM organisations WHERE id = ?').get(input.organisationId) as { urn: string }
  ).urn;
  const bytes = spreadsheetCsv([
    input.mapping.columns.map((column) => column.header),
    ...included.map((pupil) => cellsFor(pupil, urn, input.mapping)),
  ]);
  const fileName = `Destinations ${organisation.name} Year 11 ${input.cohort} to ${input.cohort + 1}.csv`.replace(
    /[\\/:*?"<>|]+/g,
    '-',
  );
  const consents = new Map(
    included.map((pupil) => [pupil.clientId, currentConsent(vault, pupil.clientId)?.id ?? null]),
  );
  vault.db.transaction(() => {
    input.deliver({ fileName, bytes });
    for (const pupil of included) {
      logDisclosure(
        vault,
        {
          clientId: pupil.clientId,
          recipient: input.recipient,
          what: `Destination return for ${organisation.name}, Year 11 cohort ${input.cohort} to ${input.cohort + 1}`,
          lawfulBasis: 'consent',
          consentId: consents.get(pupil.clientId) ?? null,
          disclosedOn: today,
        },
        context,
      );
    }
  });
  return { fileName, bytes, included: included.length, excluded };
}
