// A school's destinations and the local authority's return: where each pupil
// stands, by year group and priority group; the return holds only clients
// whose consent covers it, in the mapped columns and date format, each logged
// as a disclosure; a failed write leaves no entries; the CLI works as pinned.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReturnMapping } from '../../shared/destinations/return-columns';
import { listDisclosures } from '../../main/services/disclosures';
import { recordConsent, withdrawConsent } from '../../main/services/consent';
import {
  destinationsForOrganisation,
  exportDestinationsReturn,
  previewDestinationsReturn,
  recordActivity,
  recordGuaranteeOffer,
  recordIntendedDestination,
  returnMappings,
  saveReturnMapping,
} from '../../main/services/destinations';
import { getClient } from '../../main/services/clients';
import type { OpenVault, Vault } from '../../main/vault';
import { runWaymark } from '../support/cli';
import { makeTempDirectory, makeVaultWithRoll, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const roll = [
  'UPN,Surname,Forename,DOB,Year,Postcode,Looked After',
  "A100,O'Neill,Siân,04/05/2011,11,LS6 2AB,Y",
  'A200,Okafor,Chidi,02/02/2011,11,,N',
  'A300,=Hyperlink,Robert,03/03/2011,11,,N',
  'A400,Nowak,Zofia,05/05/2012,10,,N',
  'A500,Withdrawn,Wren,06/06/2011,11,,N',
].join('\n');
const agreeingTo = (includeInDestinationReturns: boolean) => ({
  hasExplainedConfidentiality: true,
  agreements: {
    shareWithTutor: false,
    shareWithParent: false,
    uploadToSchoolSystem: false,
    includeInDestinationReturns,
  },
  givenBy: 'client' as const,
  givenOn: '2026-09-10',
  method: 'written' as const,
});

let vault: Vault;
let open: OpenVault;
let ids: (surname: string) => string;
let organisationId: string;
let output: string;

beforeAll(async () => {
  const made = await makeVaultWithRoll(roll, now);
  ({ vault, open } = made);
  const known = new Map(
    ["O'Neill", 'Okafor', '=Hyperlink', 'Nowak', 'Withdrawn'].map((surname) => [surname, made.clientIdOf(surname)]),
  );
  ids = (surname) => known.get(surname) ?? '';
  organisationId = getClient(open, ids("O'Neill")).organisationId;
  open.sqlite.prepare('UPDATE organisations SET urn = ? WHERE id = ?').run('108123', organisationId);
  output = makeTempDirectory('waymark-destinations-');
  recordConsent(open, { clientId: ids("O'Neill"), consent: agreeingTo(true) }, contextAt(now));
  recordConsent(open, { clientId: ids('=Hyperlink'), consent: agreeingTo(true) }, contextAt(now));
  recordConsent(open, { clientId: ids('Okafor'), consent: agreeingTo(false) }, contextAt(now));
  recordConsent(open, { clientId: ids('Withdrawn'), consent: agreeingTo(true) }, contextAt(now));
  // Withdrawn the day before the return.
  withdrawConsent(open, { clientId: ids('Withdrawn'), withdrawnOn: '2026-11-22', note: 'Asked us to stop sharing' });
  recordIntendedDestination(
    open,
    {
      clientId: ids("O'Neill"),
      recordedOn: '2026-10-01',
      code: '230',
      provider: 'Leeds City College',
      course: 'Art',
      level: '3',
      source: 'client',
      interviewId: null,
    },
    contextAt(now),
  );
  recordGuaranteeOffer(
    open,
    {
      clientId: ids("O'Neill"),
      yearGroup: 11,
      status: 'offer-made',
      provider: 'Leeds City College',
      recordedOn: '2026-11-01',
    },
    contextAt(now),
  );
  recordActivity(
    open,
    {
      clientId: ids('=Hyperlink'),
      code: '619',
      provider: '',
      startsOn: '2026-09-04',
      verifiedOn: '2026-09-20',
      verifiedHow: 'Phoned home',
    },
    contextAt(now),
  );
}, 60_000);
afterAll(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
  removeDirectory(output);
});

describe("a school's destinations", () => {
  it('says where each pupil stands, and counts the gaps', () => {
    const { pupils, counts } = destinationsForOrganisation(open, {
      organisationId,
      yearGroup: 11,
      priorityGroup: null,
      includeLeavers: true,
    });
    expect(Object.fromEntries(pupils.map((pupil) => [pupil.name, pupil.state]))).toEqual({
      "Siân O'Neill": 'offer',
      'Robert =Hyperlink': 'neet',
      'Chidi Okafor': 'not-asked',
      'Wren Withdrawn': 'not-asked',
    });
    expect(counts).toMatchObject({ offer: 1, neet: 1, 'not-asked': 2, intended: 0 });
  });

  it('narrows to a priority group', () => {
    const lookedAfter = destinationsForOrganisation(open, {
      organisationId,
      yearGroup: null,
      priorityGroup: 'looked-after',
      includeLeavers: true,
    });
    expect(lookedAfter.pupils.map((pupil) => pupil.name)).toEqual(["Siân O'Neill"]);
  });
});

describe("the local authority's return", () => {
  it('previews who goes in and who is left out, with the reason', () => {
    expect(previewDestinationsReturn(open, { organisationId, cohort: 2026 }, contextAt(now))).toEqual({
      cohort: 2026,
      included: 2,
      excluded: [
        {
          clientId: ids('Okafor'),
          name: 'Chidi Okafor',
          reason: "Has not agreed to include in the local authority's destination returns",
        },
        { clientId: ids('Withdrawn'), name: 'Wren Withdrawn', reason: 'Consent withdrawn on 22/11/2026' },
      ],
    });
  });

  it('refuses a cohort with nobody in it, in plain words', () => {
    expect(() => previewDestinationsReturn(open, { organisationId, cohort: 2019 }, contextAt(now))).toThrow(
      /no pupils in the 2019 to 2020 Year 11 cohort/,
    );
  });

  it('writes only the consenting clients in the mapped columns and dates, and logs each as a disclosure', () => {
    const mapping = {
      dateFormat: 'yyyy-mm-dd' as const,
      columns: [
        { key: 'upn' as const, header: 'UPN' },
        { key: 'surname' as const, header: 'Family name' },
        { key: 'dateOfBirth' as const, header: 'DOB' },
        { key: 'schoolUrn' as const, header: 'URN' },
        { key: 'intendedCode' as const, header: 'Intended' },
        { key: 'offerStatus' as const, header: 'Offer' },
        { key: 'activityCode' as const, header: 'Activity' },
        { key: 'activityStartsOn' as const, header: 'Started' },
        { key: 'lookedAfter' as const, header: 'LAC' },
      ],
    };
    saveReturnMapping(open, { name: 'Leeds City Council', mapping });
    expect(returnMappings(open)).toEqual([{ name: 'Leeds City Council', mapping }]);
    let written: Buffer | null = null;
    const result = exportDestinationsReturn(
      open,
      {
        organisationId,
        cohort: 2026,
        mapping,
        recipient: 'Leeds City Council',
        deliver: ({ bytes }) => (written = bytes),
      },
      contextAt(now),
    );
    expect(result.included).toBe(2);
    const rows = parse((written as Buffer | null)?.toString('utf8').replace(/^\ufeff/, '') ?? '', {
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        UPN: 'A300',
        'Family name': "'=Hyperlink",
        DOB: '2011-03-03',
        URN: '108123',
        Intended: '',
        Offer: '',
        Activity: '619',
        Started: '2026-09-04',
        LAC: 'N',
      },
      {
        UPN: 'A100',
        'Family name': "O'Neill",
        DOB: '2011-05-04',
        URN: '108123',
        Intended: '230',
        Offer: 'Offer made',
        Activity: '',
        Started: '',
        LAC: 'Y',
      },
    ]);
    // (The command line's return, if its tests ran first, is logged for The local authority.)
    const toLeeds = listDisclosures(open, ids("O'Neill")).filter(({ recipient }) => recipient === 'Leeds City Council');
    expect(toLeeds).toEqual([
      expect.objectContaining({ recipient: 'Leeds City Council', lawfulBasis: 'consent', disclosedOn: '2026-11-23' }),
    ]);
    expect(listDisclosures(open, ids('Okafor'))).toEqual([]);
    expect(listDisclosures(open, ids('Withdrawn'))).toEqual([]);
  });

  it('logs nothing when the file cannot be written', () => {
    const before = listDisclosures(open).length;
    expect(() =>
      exportDestinationsReturn(
        open,
        {
          organisationId,
          cohort: 2026,
          mapping: defaultReturnMapping,
          recipient: 'Leeds City Council',
          deliver: () => {
            throw new Error('disk trouble');
          },
        },
        contextAt(now),
      ),
    ).toThrow('disk trouble');
    expect(listDisclosures(open)).toHaveLength(before);
  });
});

describe('waymark destinations', () => {
  // The CLI opens the vault itself; the tests above find it open again, whichever order they run in.
  beforeAll(() => vault.lock());
  afterAll(async () => {
    await vault.unlock(strongPassphrase);
    open = vault.database();
  });

  it('writes the return for a cohort and prints { included, excluded, file }, naming nobody on the terminal', async () => {
    const file = join(output, 'return.csv');
    const run = await runWaymark([
      'destinations',
      '--vault',
      vault.files.directory,
      '--school',
      'Northfield Academy',
      '--cohort',
      '2026',
      '--out',
      file,
      '--json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      included: 2,
      excluded: [
        { clientId: ids('Okafor'), reason: "Has not agreed to include in the local authority's destination returns" },
        { clientId: ids('Withdrawn'), reason: 'Consent withdrawn on 22/11/2026' },
      ],
      file,
    });
    expect(readFileSync(file, 'utf8').split('\r\n')[0]).toBe(
      `\ufeff${defaultReturnMapping.columns.map((column) => column.header).join(',')}`,
    );
    expect(run.stderr).not.toMatch(/Okafor|Withdrawn|O'Neill/);
  });

  it('turns away a cohort that is not a year as a usage error, writing nothing', async () => {
    const file = join(output, 'never.csv');
    const run = await runWaymark([
      'destinations',
      '--vault',
      vault.files.directory,
      '--school',
      'Northfield Academy',
      '--cohort',
      'next',
      '--out',
      file,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/give the year the pupils were in Year 11/);
    expect(existsSync(file)).toBe(false);
  });

  it('says plainly when the file cannot be written there, and logs no disclosure', async () => {
    const disclosureCount = async () => {
      await vault.unlock(strongPassphrase);
      const count = listDisclosures(vault.database()).length;
      vault.lock();
      return count;
    };
    const before = await disclosureCount();
    const file = join(output, 'no such folder', 'return.csv');
    const run = await runWaymark([
      'destinations',
      '--vault',
      vault.files.directory,
      '--school',
      'Northfield Academy',
      '--cohort',
      '2026',
      '--out',
      file,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `Waymark could not write ${file}: the folder ${join(output, 'no such folder')} does not exist. Nothing was written.`,
    );
    expect(run.stderr).not.toMatch(/Something went wrong|ERROR/);
    expect(await disclosureCount()).toBe(before);
  });
});
