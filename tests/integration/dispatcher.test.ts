// The dispatcher through a real vault: envelopes, LOCKED while locked, the
// idle lock, and VALIDATION for any malformed input on every channel.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../shared/contract';
import type { Waymark } from '../../main/api/waymark';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDirectory, makeWaymark, removeDirectory, strongPassphrase } from '../support/vault-fixture';

describe('the dispatcher', () => {
  let waymark: Waymark;
  let directory: string;

  beforeAll(async () => {
    ({ waymark, directory } = makeWaymark());
    const created = await waymark.dispatch('vault.create', {
      passphrase: strongPassphrase,
      confirmation: strongPassphrase,
    });
    expect(created.ok).toBe(true);
    // A new vault locks itself after ten idle minutes.
    expect(await waymark.dispatch('settings.get', {})).toEqual({
      ok: true,
      value: expect.objectContaining({ autoLockMinutes: 10 }),
    });
  });
  afterAll(() => {
    waymark.close();
    removeDirectory(directory);
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    expect(await waymark.dispatch('vault.explode', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await waymark.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('rejects malformed input on every channel with VALIDATION and a message', async () => {
    for (const name of channelNames) {
      const schema = contract[name].input;
      await fc.assert(
        fc.asyncProperty(
          fc
            .oneof(
              fc.anything(),
              fc.dictionary(
                fc.constantFrom(
                  'passphrase',
                  'confirmation',
                  'recoveryCode',
                  'autoLockMinutes',
                  '__proto__',
                  'constructor',
                ),
                fc.anything(),
              ),
              fc.record({ autoLockMinutes: fc.oneof(fc.double(), fc.integer({ min: 241 }), fc.string()) }),
              fc.string({ minLength: 300, maxLength: 2_000 }).map((huge) => ({ passphrase: huge, confirmation: huge })),
            )
            .filter((input) => !schema.safeParse(input).success),
          async (input) => {
            const result = await waymark.dispatch(name, input);
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(result.error.code).toBe('VALIDATION');
              expect(result.error.message.length).toBeGreaterThan(10);
            }
          },
        ),
        { numRuns: 40 },
      );
    }
  });

  it('answers every call outside the vault channels with LOCKED while locked', async () => {
    const settings = await waymark.dispatch('settings.get', {});
    await waymark.dispatch('vault.lock', {});
    for (const name of channelNames.filter((channel) => !contract[channel].isAvailableWhenLocked)) {
      expect(await waymark.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    expect(await waymark.dispatch('vault.unlock', { passphrase: strongPassphrase })).toEqual({ ok: true, value: {} });
    // Unlocked, it answers again, with the settings it had.
    expect(await waymark.dispatch('settings.get', {})).toEqual(settings);
    expect(settings).toMatchObject({ ok: true, value: { autoLockMinutes: expect.any(Number) } });
  });

  it('saves the auto-lock setting', async () => {
    expect(await waymark.dispatch('settings.update', { autoLockMinutes: 25 })).toEqual({
      ok: true,
      value: expect.objectContaining({ autoLockMinutes: 25 }),
    });
    expect(await waymark.dispatch('settings.get', {})).toEqual({
      ok: true,
      value: expect.objectContaining({ autoLockMinutes: 25 }),
    });
  });
});

describe('the idle lock', () => {
  it('locks the vault after the idle time, and activity postpones it', async () => {
    const { waymark, directory } = makeWaymark({ autoLockMs: 400 });
    try {
      await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase });
      for (let beat = 0; beat < 4; beat += 1) {
        await new Promise((resolveWait) => setTimeout(resolveWait, 200));
        expect(await waymark.dispatch('vault.activity', {})).toEqual({ ok: true, value: {} });
      }
      expect(await waymark.dispatch('vault.status', {})).toEqual({
        ok: true,
        value: { state: 'unlocked', isDemoOffered: false, isDamaged: false, isDemo: false },
      });
      await new Promise((resolveWait) => setTimeout(resolveWait, 700));
      expect(await waymark.dispatch('vault.status', {})).toEqual({
        ok: true,
        value: { state: 'locked', isDemoOffered: false, isDamaged: false, isDemo: false },
      });
      expect(await waymark.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    } finally {
      waymark.close();
      removeDirectory(directory);
    }
  });
});

describe('the demo practice in the preview', () => {
  it('opens a generated practice beside the real vault, and locking returns to the real vault', async () => {
    const demoParent = makeTempDirectory('waymark-demo-');
    const { waymark, directory } = makeWaymark({ demoDirectory: join(demoParent, 'vault') });
    try {
      expect(await waymark.dispatch('vault.status', {})).toEqual({
        ok: true,
        value: { state: 'absent', isDemoOffered: true, isDamaged: false, isDemo: false },
      });
      expect(await waymark.dispatch('vault.openDemo', {})).toEqual({ ok: true, value: { clients: 600 } });
      // A reload asks again: the demo is still what is open.
      expect(await waymark.dispatch('vault.status', {})).toEqual({
        ok: true,
        value: { state: 'unlocked', isDemoOffered: true, isDamaged: false, isDemo: true },
      });
      const page = await waymark.dispatch('clients.list', { filter: {}, sort: 'surname', offset: 0, limit: 5 });
      expect(page).toMatchObject({ ok: true, value: { total: 600 } });

      await waymark.dispatch('vault.lock', {});
      expect(await waymark.dispatch('vault.status', {})).toEqual({
        ok: true,
        value: { state: 'absent', isDemoOffered: true, isDamaged: false, isDemo: false },
      });
      expect(existsSync(directory)).toBe(false);
    } finally {
      waymark.close();
      removeDirectory(directory);
      removeDirectory(demoParent);
    }
  });

  it('is refused outside the preview', async () => {
    const { waymark, directory } = makeWaymark();
    try {
      expect(await waymark.dispatch('vault.openDemo', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      waymark.close();
      removeDirectory(directory);
    }
  });
});
