// `waymark report` and `waymark diary` as a script or an adviser would run
// them: exit codes (0 done, 1 failed, 2 usage), one JSON document on stdout,
// plain words on stderr, the files written, and the disclosure logged.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDisclosures } from '../../main/services/disclosures';
import { book, saveSession } from '../../main/services/diary';
import { startInterview } from '../../main/services/interviews';
import { createVault } from '../../main/vault';
import { runWaymark } from '../support/cli';
import { readDocx } from '../support/docx';
import { makeTempDirectory, makeVaultWithRoll, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-10-20T16:00:00Z');
const roll = [
  'UPN,Surname,Forename,Preferred Forename,DOB,Year,Reg',
  "A1,O'Neill,Siân,,04/05/2011,11,11A",
  'A2,Okafor,Chidi,,02/02/2011,11,11A',
  'A3,Unseen,Harriet,,05/05/2011,11,11B',
].join('\n');

let vaultDirectory = '';
let output = '';

beforeAll(async () => {
  const { vault, open, clientIdOf } = await makeVaultWithRoll(roll, now);
  vaultDirectory = vault.files.directory;
  output = makeTempDirectory('waymark-cli-report-');
  startInterview(open, { clientId: clientIdOf("O'Neill"), templateId: 'grow', heldOn: '2026-10-01' }, contextAt(now));
  startInterview(open, { clientId: clientIdOf('Okafor'), templateId: 'grow', heldOn: '2026-10-02' }, contextAt(now));
  const organisationId = (
    open.sqlite.prepare('SELECT organisation_id AS id FROM clients LIMIT 1').get() as { id: string }
  ).id;
  const { session } = saveSession(
    open,
    {
      organisationId,
      heldOn: '2026-11-12',
      startsAt: '09:00',
      endsAt: '12:00',
      kind: 'interviews',
      slotMinutes: 45,
      room: 'Library',
      notes: '',
    },
    contextAt(now),
  );
  book(open, { sessionId: session.id, clientIds: [clientIdOf('Unseen')] }, contextAt(now));
  vault.lock();
}, 60_000);
afterAll(() => {
  removeDirectory(join(vaultDirectory, '..'));
  removeDirectory(output);
});

describe('waymark report', () => {
  it('writes the DOCX and the figures CSV, prints one JSON document of figures (no names), and logs the disclosure', async () => {
    const out = join(output, 'autumn.docx');
    const csv = join(output, 'autumn.csv');
    const run = await runWaymark([
      'report',
      '--vault',
      vaultDirectory,
      '--school',
      'northfield academy',
      '--from',
      '2026-09-01',
      '--to',
      '2026-12-31',
      '--out',
      out,
      '--csv',
      csv,
      '--json',
    ]);
    expect(run.stderr).toContain('Wrote the termly report for Northfield Academy (2026-09-01 to 2026-12-31)');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      ok: true,
      school: 'Northfield Academy',
      onRoll: 3,
      totals: { interviews: 2, first: 2, followUp: 0, pupilsSeen: 2 },
    });
    expect(json.benchmark8[0]).toEqual({ yearGroup: 11, interviewsNeeded: 1, pupils: 3, met: 2, notYet: 1 });
    expect(run.stdout).not.toContain('Harriet');
    const docx = await readDocx(readFileSync(out));
    expect(docx.text).toContain('2 guidance interviews with 2 pupils (2 first, 0 follow-up)');
    expect(docx.text).toContain('Harriet Unseen\n11B\n0');
    expect(docx.text).not.toContain('Siân');
    expect(readFileSync(csv, 'utf8')).toContain('By year group,Year 11,First interviews,<5');

    const vault = createVault({ directory: vaultDirectory });
    await vault.unlock(strongPassphrase);
    try {
      const log = listDisclosures(vault.database());
      expect(log.filter((entry) => entry.clientId === null).map((entry) => entry.recipient)).toEqual([
        'Northfield Academy (careers leader)',
        'Northfield Academy (careers leader)',
      ]);
      expect(log.filter((entry) => entry.clientId !== null)).toHaveLength(1);
    } finally {
      vault.lock();
    }
  }, 60_000);

  it('fails plainly (exit 1) for a school not in the vault, and for a period that ends before it starts', async () => {
    const unknown = await runWaymark([
      'report',
      '--vault',
      vaultDirectory,
      '--school',
      'Nowhere High',
      '--from',
      '2026-09-01',
      '--to',
      '2026-12-31',
      '--out',
      join(output, 'x.docx'),
      '--json',
    ]);
    expect(unknown.status).toBe(1);
    expect(JSON.parse(unknown.stdout)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no organisation called "Nowhere High" in this vault.' },
    });
    const backwards = await runWaymark([
      'report',
      '--vault',
      vaultDirectory,
      '--school',
      'Northfield Academy',
      '--from',
      '2026-12-31',
      '--to',
      '2026-09-01',
      '--out',
      join(output, 'y.docx'),
    ]);
    expect(backwards.status).toBe(1);
    expect(backwards.stderr).toContain('The period ends on 1 September 2026, before it starts on 31 December 2026.');
    expect(existsSync(join(output, 'x.docx')) || existsSync(join(output, 'y.docx'))).toBe(false);
  }, 60_000);

  it('treats a date that is not YYYY-MM-DD, or a missing --out, as a usage error (exit 2)', async () => {
    const badDate = await runWaymark([
      'report',
      '--vault',
      vaultDirectory,
      '--school',
      'Northfield Academy',
      '--from',
      '01/09/2026',
      '--to',
      '2026-12-31',
      '--out',
      join(output, 'z.docx'),
    ]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('give a real date as YYYY-MM-DD');
    const noOut = await runWaymark(['diary', '--vault', vaultDirectory]);
    expect(noOut.status).toBe(2);
  }, 60_000);
});

describe('waymark diary', () => {
  it('writes a calendar file of the sessions that names no pupil, and initials when asked', async () => {
    const out = join(output, 'diary.ics');
    const run = await runWaymark([
      'diary',
      '--vault',
      vaultDirectory,
      '--out',
      out,
      '--from',
      '2026-09-01',
      '--to',
      '2026-12-31',
      '--appointments',
      '--json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, sessions: 1, appointments: 1, names: 'none' });
    const text = readFileSync(out, 'utf8');
    const events = Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === 'VEVENT');
    expect(events).toHaveLength(2);
    // 09:00 on 12 November is GMT.
    expect(events.map((event) => (event?.type === 'VEVENT' ? event.start.toISOString() : ''))).toContain(
      '2026-11-12T09:00:00.000Z',
    );
    expect(text).not.toContain('Harriet');
    expect(text).not.toContain('Unseen');

    const initials = await runWaymark([
      'diary',
      '--vault',
      vaultDirectory,
      '--out',
      out,
      '--from',
      '2026-09-01',
      '--to',
      '2026-12-31',
      '--initials',
    ]);
    expect(initials.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('SUMMARY:Appointment: H. U.');
  }, 60_000);
});
