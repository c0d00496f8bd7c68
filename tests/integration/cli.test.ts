// The `waymark` command as a script or an adviser would run it: exit codes,
// exactly one JSON document on stdout, and messages a person understands.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { listDisclosures } from '../../main/services/disclosures';
import { createVault, kdfFloor, vaultFiles } from '../../main/vault';
import { runWaymark, waymarkFromSources, type WaymarkRun } from '../support/cli';
import { readDocx } from '../support/docx';
import { makeTempDirectory, otherStrongPassphrase, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const directories: string[] = [];
afterAll(() => directories.forEach((directory) => removeDirectory(directory)));

/** The shared runner (its own process, asynchronous so the test worker stays responsive); no passphrase unless given. */
function waymark(args: string[], passphrase?: string): Promise<WaymarkRun> {
  return runWaymark(args, passphrase ?? null);
}

function newVaultDirectory(): string {
  const parent = makeTempDirectory('waymark-cli-');
  directories.push(parent);
  return join(parent, 'vault');
}

describe('waymark init and verify', () => {
  const vault = newVaultDirectory();
  let recoveryCode = '';

  it('creates a vault and prints one JSON document with the recovery code', async () => {
    // As an adviser runs it, from the sources under tsx; the other tests run the command built once for the run.
    const run = await runWaymark(['init', '--vault', vault, '--json'], strongPassphrase, waymarkFromSources);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.recoveryCode).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    recoveryCode = report.recoveryCode;
    expect(run.stderr).toContain('recovery code');
  });

  it('stretches the passphrase as calibrated on this machine, and at the floor only when a test asks (WAYMARK_FAST_KDF)', async () => {
    const stretching = (directory: string) => {
      const keyFile = JSON.parse(readFileSync(vaultFiles(directory).keyFile, 'utf8'));
      return { memoryKiB: keyFile.passphrase.kdf.memoryKiB, iterations: keyFile.passphrase.kdf.iterations };
    };
    // From the sources, as an adviser runs it: calibrated, above the floor.
    expect(stretching(vault).memoryKiB).toBeGreaterThan(kdfFloor.memoryKiB);
    // The built command as the tests run it, with WAYMARK_FAST_KDF=1: Argon2id at the floor.
    const quick = newVaultDirectory();
    expect((await waymark(['init', '--vault', quick, '--json'], strongPassphrase)).status).toBe(0);
    expect(stretching(quick)).toEqual(kdfFloor);
  });

  it('refuses to create a vault where one exists', async () => {
    const run = await waymark(['init', '--vault', vault, '--json'], strongPassphrase);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
    expect(run.stderr).toMatch(/already a vault/);
  });

  it('verifies the vault: cipher, integrity, schema version and counts', async () => {
    const run = await waymark(['verify', '--vault', vault, '--json'], strongPassphrase);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: true, cipher: 'sqlcipher', integrity: 'ok' });
    expect(report.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(Object.values(report.counts).every((value) => Number.isInteger(value))).toBe(true);
    expect(recoveryCode).not.toBe('');
  });

  it('says the passphrase is wrong, for a wrong or an empty one, and exits non-zero', async () => {
    for (const passphrase of [otherStrongPassphrase, '']) {
      const run = await waymark(['verify', '--vault', vault, '--json'], passphrase);
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      expect(run.stderr.toLowerCase()).toMatch(/passphrase/);
    }
  });

  it('asks for the passphrase rather than failing silently when none is given and there is no terminal', async () => {
    const run = await runWaymark(['verify', '--vault', vault], null, waymarkFromSources);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('WAYMARK_PASSPHRASE');
  });

  it('leaves nothing in the vault folder that SQLite can read without the key', async () => {
    for (const name of readdirSync(vault)) {
      if (!name.endsWith('.db')) continue;
      const plain = new Database(join(vault, name), { readonly: true, fileMustExist: true });
      try {
        expect(() => plain.prepare('SELECT name FROM sqlite_master').all()).toThrow();
      } finally {
        plain.close();
      }
    }
  });

  it('refuses a weak passphrase on init, and creates nothing', async () => {
    const weakVault = newVaultDirectory();
    const run = await waymark(['init', '--vault', weakVault, '--json'], 'password1');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    expect(() => readdirSync(weakVault)).toThrow();
  });
});

describe('waymark usage', () => {
  it('prints help and exits 0', async () => {
    const run = await waymark(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('init');
    expect(run.stdout).toContain('verify');
  });

  it('exits 2 on a usage error', async () => {
    expect((await waymark(['verify', '--no-such-flag'])).status).toBe(2);
    expect((await waymark(['no-such-command'])).status).toBe(2);
    expect((await runWaymark(['no-such-command'], null, waymarkFromSources)).status).toBe(2);
  });

  it('says there is no vault when the folder is empty', async () => {
    const run = await waymark(['verify', '--vault', newVaultDirectory(), '--json'], strongPassphrase);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'NO_VAULT' } });
  });
});

describe('waymark caseload commands', () => {
  const vault = newVaultDirectory();
  const roll = join('tests', 'fixtures', 'rolls', 'sims-export.csv');

  it('imports a roll, creating the school, and reports counts as pinned', async () => {
    expect((await waymark(['init', '--vault', vault, '--json'], strongPassphrase)).status).toBe(0);
    const run = await waymark(
      ['import-roll', '--vault', vault, '--school', 'Northfield Academy', roll, '--json'],
      strongPassphrase,
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: [] });
    const again = await waymark(
      ['import-roll', '--vault', vault, '--school', 'Northfield Academy', roll, '--dry-run', '--json'],
      strongPassphrase,
    );
    expect(JSON.parse(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: [] });
  });

  it('reports rejected rows with their row numbers', async () => {
    const run = await waymark(
      [
        'import-roll',
        '--vault',
        vault,
        '--school',
        'Hawthorn Academy',
        join('tests', 'fixtures', 'rolls', 'arbor-export.csv'),
        '--json',
      ],
      strongPassphrase,
    );
    const report = JSON.parse(run.stdout);
    expect(report.created).toBe(2);
    expect(report.rejected.map((problem: { row: number }) => problem.row)).toEqual([4, 5, 6, 7, 8]);
  });

  it('refuses a file that is not a roll and writes nothing', async () => {
    const run = await waymark(
      [
        'import-roll',
        '--vault',
        vault,
        '--school',
        'Castle Vale School',
        join('tests', 'fixtures', 'rolls', '..', '..', '..', 'package.json'),
        '--json',
      ],
      strongPassphrase,
    );
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Headings it cannot read, even on a dry run: the command line cannot ask which column is which, so it names what is missing.
    const unreadable = join(dirname(vault), 'class-list.csv');
    writeFileSync(unreadable, 'Family,Given,Born\nJones,Cerys,02/02/2010\n');
    for (const extra of [[], ['--dry-run']]) {
      const refused = await waymark(
        ['import-roll', '--vault', vault, '--school', 'Castle Vale School', unreadable, ...extra, '--json'],
        strongPassphrase,
      );
      expect(refused.status).toBe(1);
      expect(JSON.parse(refused.stdout)).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: expect.stringMatching(/could not find the Surname, Forename, Date of Birth columns/),
        },
      });
    }
    const schools = JSON.parse((await waymark(['verify', '--vault', vault, '--json'], strongPassphrase)).stdout).counts
      .schools;
    expect(schools).toBe(2);
  });

  it('lists clients with the pinned fields, for one school or all', async () => {
    const run = await waymark(
      ['clients', '--vault', vault, '--school', 'Northfield Academy', '--json'],
      strongPassphrase,
    );
    expect(run.status).toBe(0);
    const clients = JSON.parse(run.stdout);
    expect(clients).toHaveLength(4);
    expect(clients.find((client: { forename: string }) => client.forename === 'Siân')).toMatchObject({
      surname: "O'Neill",
      preferredName: '',
      dateOfBirth: '2008-02-29',
      school: 'Northfield Academy',
      yearGroup: 11,
      reviewDue: null,
      id: expect.any(String),
    });
    expect(JSON.parse((await waymark(['clients', '--vault', vault, '--json'], strongPassphrase)).stdout)).toHaveLength(
      6,
    );
  });

  it('counts schools and clients in verify', async () => {
    const counts = JSON.parse((await waymark(['verify', '--vault', vault, '--json'], strongPassphrase)).stdout).counts;
    expect(counts).toMatchObject({ schools: 2, clients: 6 });
  });

  it('builds the same demo practice from the same seed', async () => {
    const [first, second] = [newVaultDirectory(), newVaultDirectory()];
    for (const directory of [first, second]) {
      const run = await waymark(
        ['demo', '--vault', directory, '--clients', '60', '--seed', '7', '--json'],
        strongPassphrase,
      );
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ clients: 60 });
    }
    const people = async (directory: string) =>
      JSON.parse((await waymark(['clients', '--vault', directory, '--json'], strongPassphrase)).stdout)
        .map((client: { surname: string; forename: string; dateOfBirth: string; school: string }) =>
          [client.surname, client.forename, client.dateOfBirth, client.school].join('|'),
        )
        .sort();
    expect(await people(first)).toEqual(await people(second));
    expect(await people(first)).toHaveLength(60);
  });
});

describe('waymark templates', () => {
  it('lists the built-in models with the pinned shape', async () => {
    const vault = newVaultDirectory();
    await waymark(['init', '--vault', vault], strongPassphrase);
    const run = await waymark(['templates', '--vault', vault, '--json'], strongPassphrase);
    expect(run.status).toBe(0);
    const templates = JSON.parse(run.stdout);
    expect(
      templates.map((template: { name: string; stages: unknown[] }) => [template.name, template.stages.length]),
    ).toEqual([
      ["Egan's Skilled Helper", 3],
      ['GROW', 4],
      ['OSKAR', 5],
      ['CLEAR', 5],
      ['Three-stage model', 3],
    ]);
    expect(Object.keys(templates[1]).sort()).toEqual(['builtIn', 'id', 'name', 'stages', 'version']);
    expect(Object.keys(templates[1].stages[0]).sort()).toEqual(['prompts', 'purpose', 'title']);
  });
});

describe('waymark export-plan', () => {
  const vault = newVaultDirectory();
  let exportedClientId = '';

  it('exports the current plan of a demo client, and counts plans in verify', async () => {
    expect((await waymark(['demo', '--vault', vault, '--clients', '40', '--seed', '3'], strongPassphrase)).status).toBe(
      0,
    );
    const counts = JSON.parse((await waymark(['verify', '--vault', vault, '--json'], strongPassphrase)).stdout).counts;
    expect(counts.plans).toBeGreaterThan(0);
    const clients = JSON.parse((await waymark(['clients', '--vault', vault, '--json'], strongPassphrase)).stdout) as {
      id: string;
      forename: string;
      surname: string;
      reviewDue: unknown;
    }[];
    // reviewDue is pinned: a date as YYYY-MM-DD, or null when none is set (the demo sets one for some clients).
    expect(
      clients.every(
        (client) =>
          client.reviewDue === null ||
          (typeof client.reviewDue === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(client.reviewDue)),
      ),
    ).toBe(true);
    expect(clients.some((client) => client.reviewDue === null)).toBe(true);
    expect(clients.some((client) => typeof client.reviewDue === 'string')).toBe(true);
    const out = join(vault, '..', 'plan.docx');
    let exported: { id: string; forename: string } | undefined;
    for (const client of clients) {
      const run = await waymark(
        ['export-plan', '--vault', vault, '--client', client.id, '--out', out, '--json'],
        strongPassphrase,
      );
      if (run.status === 0) {
        expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, out, sharedCopy: false, easyRead: false });
        exported = client;
        break;
      }
    }
    expect(exported).toBeDefined();
    const docx = await readDocx(readFileSync(out));
    expect(docx.text).toContain(exported?.forename);
    exportedClientId = exported?.id ?? '';
  });

  it('takes the reader’s variants: easy read, dyslexia-friendly, Welsh and bilingual; refuses a language it does not know', async () => {
    const variantOut = join(vault, '..', 'plan-variant.docx');
    const bilingual = await waymark(
      [
        'export-plan',
        '--vault',
        vault,
        '--client',
        exportedClientId,
        '--out',
        variantOut,
        '--easy-read',
        '--dyslexia-friendly',
        '--language',
        'bilingual',
        '--json',
      ],
      strongPassphrase,
    );
    expect(bilingual.status).toBe(0);
    expect(JSON.parse(bilingual.stdout)).toMatchObject({
      ok: true,
      out: variantOut,
      sharedCopy: false,
      easyRead: true,
    });
    const bilingualDocx = await readDocx(readFileSync(variantOut));
    expect(
      bilingualDocx.paragraphs.filter((paragraph) => paragraph.style === 'Title').map((paragraph) => paragraph.text),
    ).toEqual(['Eich cynllun gyrfa', 'Your career plan']);
    expect(bilingualDocx.documentXml).toContain('<w:background w:color="FAF3DC"');
    const welsh = await waymark(
      ['export-plan', '--vault', vault, '--client', exportedClientId, '--out', variantOut, '--language', 'cy'],
      strongPassphrase,
    );
    expect(welsh.status).toBe(0);
    expect(
      (await readDocx(readFileSync(variantOut))).paragraphs.find((paragraph) => paragraph.style === 'Title')?.text,
    ).toBe('Eich cynllun gweithredu gyrfa');
    expect(
      (
        await waymark(
          ['export-plan', '--vault', vault, '--client', exportedClientId, '--out', variantOut, '--language', 'fr'],
          strongPassphrase,
        )
      ).status,
    ).toBe(2);
  }, 180_000);

  it('makes a shared copy only with consent for --purpose: refused (exit 1, no file) without it, written and logged with it', async () => {
    type Listed = { id: string; consentPurposes: string[] };
    const clients = JSON.parse(
      (await waymark(['clients', '--vault', vault, '--json'], strongPassphrase)).stdout,
    ) as Listed[];
    expect(clients.every((client) => Array.isArray(client.consentPurposes))).toBe(true);
    expect(clients.some((client) => client.consentPurposes.length === 0)).toBe(true);

    const usage = await waymark(
      [
        'export-plan',
        '--vault',
        vault,
        '--client',
        clients[0]?.id ?? '',
        '--out',
        join(vault, '..', 'usage.docx'),
        '--shared-copy',
      ],
      strongPassphrase,
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--purpose');
    expect(existsSync(join(vault, '..', 'usage.docx'))).toBe(false);

    const refusedOut = join(vault, '..', 'refused.docx');
    const withoutConsent = clients.find((client) => !client.consentPurposes.includes('shareWithParent'));
    const refused = await waymark(
      [
        'export-plan',
        '--vault',
        vault,
        '--client',
        withoutConsent?.id ?? '',
        '--out',
        refusedOut,
        '--shared-copy',
        '--purpose',
        'parent',
        '--json',
      ],
      strongPassphrase,
    );
    expect(refused.status).toBe(1);
    expect(existsSync(refusedOut)).toBe(false);
    const refusal = JSON.parse(refused.stdout) as { ok: boolean; error: { message: string } };
    expect(refusal.ok).toBe(false);
    expect(refusal.error.message).toMatch(/share plans with a parent or carer|no action plan/);

    const sharedOut = join(vault, '..', 'shared.docx');
    let shared: { clientId: string; stdout: string } | undefined;
    for (const client of clients.filter((candidate) => candidate.consentPurposes.includes('shareWithTutor'))) {
      const run = await waymark(
        [
          'export-plan',
          '--vault',
          vault,
          '--client',
          client.id,
          '--out',
          sharedOut,
          '--shared-copy',
          '--purpose',
          'tutor',
          '--recipient',
          'Ms Patel, form tutor',
          '--json',
        ],
        strongPassphrase,
      );
      if (run.status === 0) {
        shared = { clientId: client.id, stdout: run.stdout };
        break;
      }
      expect(existsSync(sharedOut)).toBe(false);
    }
    expect(JSON.parse(shared?.stdout ?? '{}')).toMatchObject({
      ok: true,
      sharedCopy: true,
      disclosure: { recipient: 'Ms Patel, form tutor', consentId: expect.any(String) },
    });
    expect((await readDocx(readFileSync(sharedOut))).footer).toContain('This is a shared copy');
    const opened = createVault({ directory: vault });
    await opened.unlock(strongPassphrase);
    try {
      expect(listDisclosures(opened.database(), shared?.clientId ?? '')).toEqual([
        expect.objectContaining({ recipient: 'Ms Patel, form tutor', lawfulBasis: 'consent' }),
      ]);
      expect(
        listDisclosures(opened.database(), withoutConsent?.id ?? '').filter((entry) => entry.lawfulBasis === 'consent'),
      ).toEqual([]);
    } finally {
      opened.lock();
    }
  });

  it('exits non-zero with a clear message and leaves no file for an unknown client', async () => {
    const out = join(vault, '..', 'nobody.docx');
    const run = await waymark(
      ['export-plan', '--vault', vault, '--client', 'no-such-client', '--out', out, '--json'],
      strongPassphrase,
    );
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(existsSync(out)).toBe(false);
  });
});

describe('waymark backup and restore', () => {
  it('restores a CLI backup on a fresh folder to identical counts, and a wrong passphrase writes nothing', async () => {
    const vault = newVaultDirectory();
    await waymark(['demo', '--vault', vault, '--clients', '30', '--seed', '5'], strongPassphrase);
    const out = join(vault, '..', 'practice.waymark-backup');
    const backup = await waymark(['backup', '--vault', vault, '--out', out, '--json'], strongPassphrase);
    expect(backup.status).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ ok: true, verified: true, integrity: 'ok' });

    const wrongTarget = join(vault, '..', 'wrong');
    const wrong = await waymark(['restore', '--from', out, '--vault', wrongTarget, '--json'], otherStrongPassphrase);
    expect(wrong.status).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(existsSync(wrongTarget)).toBe(false);

    const target = join(vault, '..', 'restored');
    const restore = await waymark(['restore', '--from', out, '--vault', target, '--json'], strongPassphrase);
    expect(restore.status).toBe(0);
    const original = JSON.parse(
      (await waymark(['verify', '--vault', vault, '--json'], strongPassphrase)).stdout,
    ).counts;
    const restored = JSON.parse(
      (await waymark(['verify', '--vault', target, '--json'], strongPassphrase)).stdout,
    ).counts;
    expect(restored).toEqual(original);
    expect(original.clients).toBe(30);
  });
});

describe('waymark erase and audit', () => {
  it('erases a client and the audit log keeps a tombstone without their name', async () => {
    const vault = newVaultDirectory();
    await waymark(['init', '--vault', vault], strongPassphrase);
    await waymark(
      [
        'import-roll',
        '--vault',
        vault,
        '--school',
        'Northfield Academy',
        join('tests', 'fixtures', 'rolls', 'sims-export.csv'),
      ],
      strongPassphrase,
    );
    const clients = JSON.parse((await waymark(['clients', '--vault', vault, '--json'], strongPassphrase)).stdout) as {
      id: string;
      forename: string;
    }[];
    const sian = clients.find((client) => client.forename === 'Siân');
    const erased = await waymark(
      ['erase', '--vault', vault, '--client', sian?.id ?? '', '--reason', 'Request under Article 17', '--json'],
      strongPassphrase,
    );
    expect(erased.status).toBe(0);
    expect(JSON.parse(erased.stdout)).toMatchObject({ ok: true, tombstone: expect.any(String) });
    const remaining = JSON.parse((await waymark(['clients', '--vault', vault, '--json'], strongPassphrase)).stdout) as {
      forename: string;
    }[];
    expect(remaining.map((client) => client.forename)).not.toContain('Siân');
    const audit = await waymark(['audit', '--vault', vault, '--json'], strongPassphrase);
    expect(JSON.parse(audit.stdout)[0]).toMatchObject({
      action: 'client.erased',
      detail: { reason: 'Request under Article 17' },
    });
    expect(audit.stdout).not.toMatch(/Siân|O'Neill/);
    expect(
      (await waymark(['erase', '--vault', vault, '--client', 'nobody', '--reason', 'x', '--json'], strongPassphrase))
        .status,
    ).toBe(1);
  });
});

describe('waymark sar', () => {
  it('writes the bundle, encrypted when given a password file', async () => {
    const vault = newVaultDirectory();
    await waymark(['init', '--vault', vault], strongPassphrase);
    await waymark(
      [
        'import-roll',
        '--vault',
        vault,
        '--school',
        'Northfield Academy',
        join('tests', 'fixtures', 'rolls', 'sims-export.csv'),
      ],
      strongPassphrase,
    );
    const [client] = JSON.parse((await waymark(['clients', '--vault', vault, '--json'], strongPassphrase)).stdout) as {
      id: string;
    }[];
    const passwordFile = join(vault, '..', 'password.txt');
    writeFileSync(passwordFile, 'a long separate password\n');
    const out = join(vault, '..', 'bundle.zip');
    const run = await waymark(
      ['sar', '--vault', vault, '--client', client?.id ?? '', '--out', out, '--password-file', passwordFile, '--json'],
      strongPassphrase,
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, isEncrypted: true });
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const missing = await waymark(
      ['sar', '--vault', vault, '--client', 'nobody', '--out', join(vault, '..', 'none.zip'), '--json'],
      strongPassphrase,
    );
    expect(missing.status).toBe(1);
    expect(existsSync(join(vault, '..', 'none.zip'))).toBe(false);
  });
});

describe('waymark bench', () => {
  it('runs at a tiny scale and reports every metric as a number (no timing is asserted)', async () => {
    // From the sources: the bench builds and runs them itself, so it runs from the checkout only.
    const run = await runWaymark(['bench', '--clients', '50', '--json'], strongPassphrase, waymarkFromSources);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report.metrics).sort()).toEqual(
      [
        'autosave_p95_ms',
        'backup_ms',
        'backup_peak_rss_mb',
        'batch_export_300_ms',
        'damage_check_background_ms',
        'damage_check_ms',
        'damage_check_full_ms',
        'destinations_export_ms',
        'diary_week_ms',
        'docx_plan_median_ms',
        'docx_plan_slowest_variant_ms',
        'encryption_overhead_ratio',
        'kdf_ms',
        'open_client_p95_ms',
        'open_ms',
        'open_ms_tsx',
        'roll_import_2000_ms',
        'rss_mb',
        'rss_mb_tsx',
        'sar_bundle_ms',
        'search_p95_ms',
        'sync_initial_ms',
        'sync_one_change_ms',
        'sync_record_all_ms',
        'termly_report_ms',
      ].sort(),
    );
    expect(Object.values(report.metrics).every((value) => typeof value === 'number' && Number.isFinite(value))).toBe(
      true,
    );
    expect(report).toMatchObject({ clients: 50, machine: { cores: expect.any(Number), node: process.version } });
    expect(report.interviews).toBeGreaterThan(0);
    expect(report.plans).toBeGreaterThan(0);
    // Two measuring runs (the built bundle, then tsx) and the bundle build: minutes on a loaded 2-core machine.
  }, 420_000);
});
