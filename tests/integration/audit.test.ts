// The audit log through its channel: paged, newest first, and an erasure
// shown as a tombstone that never names the person.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseClient } from '../../main/services/erasure';
import type { OpenVault, Vault } from '../../main/vault';
import { rollVaultWithCaller, type ChannelCaller } from '../support/channel-caller';
import { discardVault } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');

let vault: Vault;
let open: OpenVault;
let clientIdOf: (surname: string) => string;
let call: ChannelCaller;

beforeEach(
  async () =>
    ({ vault, open, clientIdOf, call } = await rollVaultWithCaller(
      'Surname,Forename,DOB\nAdams,Amy,01/01/2002\n',
      now,
    )),
);
afterEach(() => discardVault(vault));

describe('the audit log', () => {
  it('pages newest first and shows an erasure as a tombstone without the person', async () => {
    const report = eraseClient(
      open,
      clientIdOf('Adams'),
      'Past retention period for Amy Adams',
      new Date('2026-11-23T11:00:00Z'),
    );
    const firstPage = await call('audit.list', { offset: 0, limit: 1 });
    expect(firstPage.total).toBeGreaterThanOrEqual(1);
    expect(firstPage.events).toMatchObject([
      {
        id: expect.any(Number),
        occurredAt: '2026-11-23T11:00:00.000Z',
        action: 'client.erased',
        detail: {
          tombstone: report.tombstone,
          erasedOn: '2026-11-23',
          reason: 'Past retention period for [erased] [erased]',
        },
      },
    ]);
    expect(JSON.stringify(firstPage)).not.toMatch(/Adams|Amy/);
  });
});
