// Hostile input on every channel: huge strings (1 to 5 MB), wrong types,
// `__proto__` / `constructor` / `prototype` keys (as JSON.parse makes them,
// the way the harness and IPC receive them) and deeply nested objects.
// Whatever arrives, the answer is a typed envelope, the process carries on,
// Object.prototype stays clean, and an input the contract rejects writes
// nothing: the vault's files are byte-identical afterwards.
//
// How this can fail: a handler reached with unvalidated input (a write, so the
// folder hash changes), a zod schema that recurses or backtracks on a huge or
// deep value (the test times out), an error message echoing the input (the
// huge string or the name appears in it), a merge that follows `__proto__`
// (Object.prototype gains a property), or a service crashing on an accepted
// but odd value (INTERNAL instead of a typed answer).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, errorCodes, type ChannelName } from '../../shared/contract';
import type { Waymark } from '../../main/api/waymark';
import { hashFolder, makeWaymark, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const oneMegabyte = 'Zofia Nowak '.repeat(Math.ceil(1_048_576 / 12));
const fiveMegabytes = 'ą'.repeat(5 * 1_048_576);
const hugeStrings = [oneMegabyte, fiveMegabytes, `${'{'.repeat(1_000_000)}`, `${'a'.repeat(2_000_001)}`];

function deeplyNested(depth: number): unknown {
  let value: unknown = { end: true };
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { nested: value } : [value];
  return value;
}

/** The payloads prototype-pollution attacks send, parsed as a transport parses them. */
const pollutingBodies = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
  '{"filter": {"__proto__": {"polluted": "yes"}}, "id": {"__proto__": {"isAdmin": true}}}',
  '{"content": {"constructor": {"prototype": {"polluted": "yes"}}}, "consent": {"__proto__": {"polluted": "yes"}}}',
  // Valid JSON that zod's length checks could not compare: it once made safeParse throw.
  '{"length": {"toString": 1, "valueOf": 1}}',
].map((body) => JSON.parse(body) as unknown);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    ...hugeStrings,
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
    2 ** 53 + 1,
    true,
    [],
    {},
    '',
    '\u0000',
    '\ud800',
    new Date(0),
    ...pollutingBodies,
  ),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
  }),
  fc.constant(deeplyNested(5_000)),
);

/** Whether the contract accepts the input; a schema that throws has not accepted it. */
function isAccepted(name: ChannelName, input: unknown): boolean {
  try {
    return contract[name].input.safeParse(input).success;
  } catch {
    return false;
  }
}

function inputFields(name: ChannelName): string[] {
  const shape = (contract[name].input as { shape?: Record<string, unknown> }).shape;
  return Object.keys(shape ?? {});
}

/** Inputs shaped like the channel's own (its field names) with hostile values, plus anything at all. */
function hostileInputFor(name: ChannelName): fc.Arbitrary<unknown> {
  const fields = inputFields(name);
  return fc.oneof(
    hostileValue,
    fc.record(Object.fromEntries(fields.map((field) => [field, hostileValue])), { requiredKeys: [] }),
    fc.record(Object.fromEntries(fields.map((field) => [field, fc.constantFrom<unknown>(...hugeStrings)])), {
      requiredKeys: [],
    }),
    fc.constantFrom(...pollutingBodies),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', ...fields), hostileValue, { maxKeys: 4 }),
    fields.length === 0
      ? hostileValue
      : fc
          .constantFrom(...fields)
          .chain((field) => fc.constantFrom(...pollutingBodies).map((body) => ({ [field]: body }))),
  );
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

describe('hostile input on every channel', () => {
  let waymark: Waymark;
  let directory: string;

  beforeAll(async () => {
    ({ waymark, directory } = makeWaymark());
    expect(
      (await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase })).ok,
    ).toBe(true);
    const organisation = await waymark.dispatch('organisations.save', {
      name: 'Northfield Academy',
      kind: 'school',
      address: '',
      contacts: [],
      agreement: null,
    });
    expect(organisation.ok).toBe(true);
  });
  afterAll(() => {
    waymark.close();
    removeDirectory(directory);
  });

  it('rejects what the contract rejects with VALIDATION, echoes none of it, and writes nothing', async () => {
    const before = hashFolder(directory);
    let rejected = 0;
    for (const name of channelNames) {
      await fc.assert(
        fc.asyncProperty(hostileInputFor(name), async (input) => {
          // Accepted inputs may write; they are the next test's business.
          if (isAccepted(name, input)) return;
          const result = await waymark.dispatch(name, input);
          rejected += 1;
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('VALIDATION');
            expect(typeof result.error.message).toBe('string');
            expect(result.error.message.length).toBeLessThan(2_000);
            expect(result.error.message).not.toContain('Zofia');
            expect(result.error.message).not.toContain('ąąąą');
          }
          expectPrototypeClean();
        }),
        { numRuns: 30 },
      );
    }
    // Nearly every generated input is one the contract rejects.
    expect(rejected).toBeGreaterThanOrEqual(channelNames.length * 20);
    // Not one byte of the vault changed: no handler ran, nothing was logged into it.
    expect(hashFolder(directory)).toEqual(before);
    expect(await waymark.dispatch('settings.get', {})).toMatchObject({ ok: true });
  }, 240_000);

  it('answers accepted but odd input with a typed answer, never INTERNAL, and leaves Object.prototype alone', async () => {
    const accepted: { channel: ChannelName; input: unknown }[] = [
      // FTS5 query syntax, control characters and lone surrogates typed into search.
      ...[
        '"',
        '*',
        'NEAR(a b)',
        'a OR b AND',
        '^zofia',
        'text:zofia',
        '-',
        '\u0000',
        '\ud800',
        '"unterminated',
        '()',
        'ą'.repeat(200),
      ].map((text) => ({ channel: 'search.query' as const, input: { text } })),
      // Files an attacker could hand the adviser: templates and handover files with prototype keys.
      ...[
        '{"__proto__": {"polluted": "yes"}, "name": "Evil", "stages": [{"title": "x", "prompts": []}]}',
        '{"constructor": {"prototype": {"polluted": "yes"}}}',
        '[]',
        'null',
        '"just a string"',
        '{'.repeat(50_000),
      ].flatMap((json) => [
        { channel: 'templates.import' as const, input: { json } },
        { channel: 'handover.preview' as const, input: { json } },
      ]),
      // A school roll whose header names the prototype.
      {
        channel: 'rollImport.run',
        input: {
          organisationName: 'Northfield Academy',
          csv: 'Surname,Forename,DOB,Year,__proto__,constructor\nNowak,Zofia,04/05/2009,11,{"polluted":"yes"},x\n',
          isDryRun: true,
        },
      },
      {
        channel: 'rollImport.run',
        input: { organisationName: 'Northfield Academy', csv: `${'"'.repeat(100_000)}\n`, isDryRun: true },
      },
    ];
    for (const { channel, input } of accepted) {
      expect(isAccepted(channel, input), `${channel} should accept ${JSON.stringify(input).slice(0, 80)}`).toBe(true);
      const result = await waymark.dispatch(channel, input);
      if (!result.ok) {
        expect(errorCodes).toContain(result.error.code);
        expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('INTERNAL');
      }
      expectPrototypeClean();
    }
    // Whatever fast-check finds that the contract accepts (channels that change the vault's
    // lock state, passphrase or files outside it aside) is answered in a typed way too.
    const stateChanging = new Set<string>([
      'vault.lock',
      'vault.create',
      'vault.unlock',
      'vault.recover',
      'vault.changePassphrase',
      'vault.confirmRecoveryCode',
      'vault.openDemo',
    ]);
    for (const name of channelNames.filter(
      (channel) => !stateChanging.has(channel) && !channel.startsWith('backups.'),
    )) {
      await fc.assert(
        fc.asyncProperty(hostileInputFor(name), async (input) => {
          if (!isAccepted(name, input)) return;
          const result = await waymark.dispatch(name, input);
          if (!result.ok) expect(result.error.code, `${name}: ${result.error.message}`).not.toBe('INTERNAL');
          expectPrototypeClean();
        }),
        // Few random inputs pass a strict schema: most runs return at once.
        { numRuns: 20 },
      );
    }
    expect(await waymark.dispatch('vault.status', {})).toEqual({
      ok: true,
      value: expect.objectContaining({ state: 'unlocked' }),
    });
  }, 240_000);
});
