// The demo practice looks like a real one: realistic provision levels, most
// clients seen, every guidance model used, and the same seed gives the same data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSchoolCount, demoSchoolName, generateDemoPractice } from '../../main/services/demo';
import { destinationsForOrganisation, previewDestinationsReturn } from '../../main/services/destinations';
import { summariseProgress } from '../../main/services/progress';
import type { Vault } from '../../main/vault';
import { makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

let vault: Vault;
beforeAll(async () => {
  vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  generateDemoPractice(vault.database(), { clients: 1_000, seed: 42, today: '2026-11-23' });
});
afterAll(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const share = (sql: string) => {
  const { part, whole } = vault.database().sqlite.prepare(sql).get() as { part: number; whole: number };
  return part / whole;
};

describe('the demo practice', () => {
  it('has agreements in days with rates, and invoices: one overdue, one paid, and a draft for the days just gone', () => {
    const { sqlite } = vault.database();
    expect(
      sqlite
        .prepare(
          `SELECT count(*) AS total FROM agreements WHERE bought_unit = 'day' AND bought_quantity > 0 AND rate_pence > 0`,
        )
        .get(),
    ).toEqual({ total: 4 });
    const invoices = sqlite
      .prepare(
        'SELECT number, status, paid_on AS paidOn, due_on AS dueOn, total_pence AS totalPence FROM invoices ORDER BY number',
      )
      .all() as { number: string; status: string; paidOn: string | null; dueOn: string; totalPence: number }[];
    expect(invoices.map((invoice) => [invoice.number, invoice.status])).toEqual([
      ['INV-0001', 'sent'],
      ['INV-0002', 'paid'],
      ['INV-0003', 'draft'],
    ]);
    expect((invoices[0]?.dueOn ?? '') < '2026-11-23').toBe(true);
    expect(
      (
        sqlite
          .prepare(
            'SELECT count(*) AS total FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.number = ? AND l.diary_session_id IS NOT NULL',
          )
          .get('INV-0003') as { total: number }
      ).total,
    ).toBeGreaterThan(0);
  });

  it("has destinations with gaps to show: most seen older pupils with an intended destination, last year's Year 11 with offers and activities, and a local authority return to make", () => {
    const open = vault.database();
    expect(
      share(
        `SELECT count(DISTINCT d.client_id) AS part, (SELECT count(DISTINCT i.client_id) FROM interviews i JOIN clients c ON c.id = i.client_id WHERE c.year_group BETWEEN 11 AND 13) AS whole FROM intended_destinations d`,
      ),
    ).toBeGreaterThan(0.6);
    const school = destinationsForOrganisation(open, {
      organisationId: (
        open.sqlite.prepare("SELECT id FROM organisations WHERE kind = 'school' ORDER BY name LIMIT 1").get() as {
          id: string;
        }
      ).id,
      yearGroup: 12,
      priorityGroup: null,
      includeLeavers: true,
    });
    expect(school.counts['in-activity']).toBeGreaterThan(0);
    expect(school.counts['not-asked']).toBeGreaterThan(0);
    expect(
      open.sqlite.prepare("SELECT count(*) AS total FROM organisations WHERE kind = 'school' AND urn = ''").get(),
    ).toEqual({ total: 0 });
    const organisationId = (
      open.sqlite
        .prepare(
          'SELECT organisation_id AS id FROM clients WHERE year_group = 11 GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1',
        )
        .get() as { id: string }
    ).id;
    expect(
      previewDestinationsReturn(open, { organisationId, cohort: 2026 }, contextAt(new Date('2026-11-23T10:00:00Z')))
        .included,
    ).toBeGreaterThan(0);
  });

  it('has self-ratings at a first and a later date for clients seen more than once, so a before-and-now chart has something to show', () => {
    const open = vault.database();
    const rated = open.sqlite
      .prepare(
        'SELECT client_id AS id FROM competency_ratings GROUP BY client_id HAVING count(DISTINCT rated_on) > 1 LIMIT 1',
      )
      .get() as { id: string } | undefined;
    expect(rated).toBeDefined();
    const [blueprint] = summariseProgress(open, { clientId: rated?.id ?? '' });
    expect(blueprint?.framework).toBe('blueprint');
    expect(blueprint?.sentence).toMatch(/rated \d+ of \d+ (areas?|competenc(y|ies)) (higher|lower|the same)/);
  });

  it('has provision levels in realistic proportions', () => {
    expect(share(`SELECT sum(provision_level = 'intensive') AS part, count(*) AS whole FROM clients`)).toBeGreaterThan(
      0.02,
    );
    expect(share(`SELECT sum(provision_level = 'intensive') AS part, count(*) AS whole FROM clients`)).toBeLessThan(
      0.08,
    );
    const filtered = share(`SELECT sum(provision_level = 'filtered') AS part, count(*) AS whole FROM clients`);
    expect(filtered).toBeGreaterThanOrEqual(0.3);
    expect(filtered).toBeLessThanOrEqual(0.55);
  });

  it('gives most clients at least one interview, using every guidance model', () => {
    expect(
      share(`SELECT count(DISTINCT i.client_id) AS part, (SELECT count(*) FROM clients) AS whole FROM interviews i`),
    ).toBeGreaterThan(0.5);
    const models = vault
      .database()
      .sqlite.prepare('SELECT DISTINCT template_id AS id FROM interviews ORDER BY id')
      .all() as { id: string }[];
    expect(models.map((model) => model.id)).toEqual(['clear', 'egan', 'grow', 'oskar', 'three-stage']);
  });

  it('records consent for most clients who have been seen, as an adviser would at a first interview', () => {
    const withConsent = share(
      `SELECT count(DISTINCT c.client_id) AS part, (SELECT count(DISTINCT client_id) FROM interviews) AS whole FROM consents c`,
    );
    expect(withConsent).toBeGreaterThan(0.6);
    expect(withConsent).toBeLessThanOrEqual(1);
  });

  it('has several organisations with agreements, and adults in private practice without a year group', () => {
    const organisations = vault
      .database()
      .sqlite.prepare('SELECT kind, count(*) AS total FROM organisations GROUP BY kind ORDER BY kind')
      .all();
    expect(organisations).toEqual([
      { kind: 'college', total: 1 },
      { kind: 'private-practice', total: 1 },
      { kind: 'school', total: 3 },
    ]);
    expect(
      share(
        `SELECT sum(c.year_group IS NULL) AS part, count(*) AS whole FROM clients c JOIN organisations o ON o.id = c.organisation_id WHERE o.kind = 'private-practice'`,
      ),
    ).toBe(1);
  });

  it('has a diary: interview days just gone with pupils seen and one who did not attend, today booked, and a day booked ahead', () => {
    const { sqlite } = vault.database();
    const byStatus = Object.fromEntries(
      (
        sqlite.prepare('SELECT status, count(*) AS total FROM appointments GROUP BY status').all() as {
          status: string;
          total: number;
        }[]
      ).map((row) => [row.status, row.total]),
    );
    expect(byStatus).toEqual({ booked: 12, seen: 24, 'did-not-attend': 6, 'cancelled-by-pupil': 6 });
    // Every pupil seen has the interview held at the appointment, on the session's day.
    expect(
      sqlite
        .prepare(
          `SELECT count(*) AS total FROM appointments a JOIN interviews i ON i.id = a.interview_id JOIN diary_sessions s ON s.id = a.session_id WHERE a.status = 'seen' AND i.held_on = s.held_on AND i.client_id = a.client_id`,
        )
        .get(),
    ).toEqual({ total: 24 });
    expect(
      sqlite
        .prepare(
          `SELECT count(*) AS total FROM appointments a JOIN diary_sessions s ON s.id = a.session_id WHERE s.held_on = '2026-11-23'`,
        )
        .get(),
    ).toEqual({ total: 6 });
    expect(
      sqlite
        .prepare(
          `SELECT count(*) AS total FROM appointments a JOIN diary_sessions s ON s.id = a.session_id WHERE s.held_on > '2026-11-23'`,
        )
        .get(),
    ).toEqual({ total: 6 });
  });
});

describe('the schools of a demo practice', () => {
  it('stay eight at most up to 20,000 clients, then grow in number, not in size, each with a name of its own', () => {
    expect([500, 2_000, 20_000].map(demoSchoolCount)).toEqual([2, 5, 8]);
    expect(demoSchoolCount(100_000)).toBe(40);
    expect(100_000 / demoSchoolCount(100_000)).toBeLessThanOrEqual(20_000 / demoSchoolCount(20_000));
    const names = Array.from({ length: 200 }, (_, index) => demoSchoolName(index));
    expect(new Set(names).size).toBe(200);
    expect(names[0]).toBe('Northfield Academy');
    expect(names[8]).toBe('Northfield Academy, Ashford');
  });
});
