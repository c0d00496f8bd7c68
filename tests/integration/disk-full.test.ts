// A full disk in the middle of a save: the adviser gets a plain-English
// DISK_FULL answer, nothing saved before is lost, and saving works again once
// space is back.
//
// The full disk is SQLite's own: `PRAGMA max_page_count` caps the database
// file, and a write that needs one more page fails with SQLITE_FULL, the very
// code SQLite gives when the operating system answers ENOSPC. The cap is set
// on the connection the real dispatcher and handlers use, so the whole path
// (handler, service, transaction, error mapping) is the app's own.
//
// How these tests can fail: without the DISK_FULL mapping in the dispatcher
// the save answers INTERNAL ("Something went wrong"); if a save were not one
// transaction, the half-written note or its search index would differ from
// what was there before; if the connection were left in a broken state, the
// save after the space comes back would fail.
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../main/api/dispatcher';
import { createHandlers } from '../../main/api/handlers';
import { isDiskFullError } from '../../main/errors';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let dispatch: Dispatch;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll(
    'Surname,Forename,DOB,Year\nNowak,Zofia,04/05/2009,11\nOkafor,Chidi,12/01/2009,11\n',
    now,
  );
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
  dispatch = createDispatcher({
    handlers: createHandlers({
      vault: () => vault,
      onSettingsChanged: () => undefined,
      openDemo: () => Promise.reject(new Error('no demo here')),
      isDemoOffered: false,
    }),
    isUnlocked: () => vault.state() === 'unlocked',
  });
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Everything an adviser could notice about the vault's records, as plain values. */
function snapshot() {
  const { sqlite } = open;
  return {
    notes: sqlite
      .prepare(
        'SELECT interview_id, stage_index, text, saved_at FROM interview_notes ORDER BY interview_id, stage_index',
      )
      .all(),
    interviews: sqlite.prepare('SELECT id, updated_at FROM interviews ORDER BY id').all(),
    clients: sqlite.prepare('SELECT id, surname, forename, updated_at FROM clients ORDER BY id').all(),
    integrity: sqlite.pragma('integrity_check', { simple: true }),
  };
}

/** The disk is full from now on: the database may not grow by a single page. */
function fillTheDisk(): void {
  const pages = open.sqlite.pragma('page_count', { simple: true }) as number;
  open.sqlite.pragma(`max_page_count = ${pages}`);
}

function freeSomeSpace(): void {
  open.sqlite.pragma('max_page_count = 1073741823');
}

type Stages = { stages: { notes: string }[] };

describe('a full disk during a save', () => {
  it('answers DISK_FULL in plain English, keeps everything saved before, and saves again once there is space', async () => {
    const interview = await call<{ id: string }>('interviews.start', {
      clientId,
      templateId: 'grow',
      heldOn: '2026-11-23',
    });
    await call('interviews.saveNotes', {
      interviewId: interview.id,
      stageIndex: 0,
      text: 'Zofia wants to study nursing at college.',
    });
    const before = snapshot();

    fillTheDisk();
    // Large enough to need new pages whatever free space the file still has inside it.
    const longNotes = 'Talked through the college application and the open evening. '.repeat(4_000);
    const failed = await dispatch('interviews.saveNotes', {
      interviewId: interview.id,
      stageIndex: 1,
      text: longNotes,
    });
    expect(failed).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', message: expect.stringMatching(/^There is not enough disk space to save/) },
    });
    if (!failed.ok) {
      expect(failed.error.message).toMatch(/Everything saved before is safe/);
      expect(failed.error.message).not.toMatch(/SQLITE|sqlite|database or disk/);
    }
    const during = snapshot();
    expect(during.notes).toEqual(before.notes);
    expect(during.interviews).toEqual(before.interviews);
    expect(during.integrity).toBe('ok');
    expect(
      (await call<Stages>('interviews.get', { id: interview.id })).stages.map((stage) => stage.notes).slice(0, 2),
    ).toEqual(['Zofia wants to study nursing at college.', '']);

    freeSomeSpace();
    await call('interviews.saveNotes', { interviewId: interview.id, stageIndex: 1, text: longNotes });
    const after = await call<Stages>('interviews.get', { id: interview.id });
    expect(after.stages[0]?.notes).toBe('Zofia wants to study nursing at college.');
    expect(after.stages[1]?.notes).toBe(longNotes);
    expect(open.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('survives a locked and reopened vault after the failed save: nothing half-written reaches the file', async () => {
    const interview = await call<{ id: string }>('interviews.start', {
      clientId,
      templateId: 'grow',
      heldOn: '2026-11-23',
    });
    await call('interviews.saveNotes', {
      interviewId: interview.id,
      stageIndex: 0,
      text: 'Saved before the disk filled.',
    });
    fillTheDisk();
    const failed = await dispatch('interviews.saveNotes', {
      interviewId: interview.id,
      stageIndex: 0,
      text: 'Never saved. '.repeat(40_000),
    });
    expect(failed).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });

    vault.lock();
    await call('vault.unlock', { passphrase: strongPassphrase });
    open = vault.database();
    expect((await call<Stages>('interviews.get', { id: interview.id })).stages[0]?.notes).toBe(
      'Saved before the disk filled.',
    );
    expect(open.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('recognises a real ENOSPC from the operating system as a full disk', () => {
    // /dev/full answers every write with ENOSPC: the error Node's file writes give on a full disk.
    let caught: unknown;
    try {
      writeFileSync('/dev/full', 'attachment bytes');
    } catch (error) {
      caught = error;
    }
    expect((caught as { code?: string } | undefined)?.code).toBe('ENOSPC');
    expect(isDiskFullError(caught)).toBe(true);
    expect(isDiskFullError(new Error('wrapped', { cause: caught }))).toBe(true);
    expect(isDiskFullError(Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false);
  });
});
