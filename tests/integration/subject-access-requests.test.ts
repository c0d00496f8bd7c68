// The subject-access request register: a request logged with its deadline
// (one calendar month, or three with an extension told within the first), its
// identity check and status, and the whole register through its channels.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextAt, fixedContext } from '../../main/services/context';
import { extendRequest, logRequest, openRequests, setRequestStatus } from '../../main/services/subject-access';
import type { OpenVault, Vault } from '../../main/vault';
import { rollVaultWithCaller, type ChannelCaller } from '../support/channel-caller';
import { discardVault } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');
const roll = 'Surname,Forename,DOB\nNowak,Zofia,04/05/2009\nAdams,Amy,01/01/2002\nBrown,Ben,01/01/2002\n';

let vault: Vault;
let open: OpenVault;
let clientIdOf: (surname: string) => string;
let call: ChannelCaller;

beforeEach(async () => ({ vault, open, clientIdOf, call } = await rollVaultWithCaller(roll, now)));
afterEach(() => discardVault(vault));

describe('subject-access requests', () => {
  it('computes the deadline, allows an extension told within the first month, and leaves the register when completed', () => {
    const request = logRequest(
      open,
      {
        clientId: clientIdOf('Nowak'),
        receivedOn: '2027-01-31',
        requesterName: 'Zofia Nowak',
        relationship: 'self',
        identityCheck: { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: '2027-01-31' },
      },
      contextAt(now),
    );
    expect(request.dueOn).toBe('2027-02-28');
    expect(() =>
      extendRequest(open, { id: request.id, reason: 'Many records across schools', toldOn: '2027-03-05' }),
    ).toThrow(/within the first month/);
    expect(
      extendRequest(open, { id: request.id, reason: 'Many records across schools', toldOn: '2027-02-10' }).dueOn,
    ).toBe('2027-04-30');
    expect(openRequests(open).map((open_) => open_.id)).toEqual([request.id]);
    setRequestStatus(open, { id: request.id, status: 'completed', on: '2027-03-01' });
    expect(openRequests(open)).toEqual([]);
  });
});

describe('the request register', () => {
  it('lists every request, open and closed, newest first, with the client’s name', async () => {
    const older = logRequest(open, {
      clientId: clientIdOf('Adams'),
      receivedOn: '2026-09-01',
      requesterName: 'Amy Adams',
      relationship: 'self',
      identityCheck: { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: '2026-09-01' },
    });
    logRequest(open, {
      clientId: clientIdOf('Brown'),
      receivedOn: '2026-11-02',
      requesterName: 'Mrs Brown',
      relationship: 'parent-carer',
    });
    setRequestStatus(open, { id: older.id, status: 'completed', on: '2026-09-20' });

    const register = await call('subjectAccess.register', {});
    expect(register.map((entry) => [entry.clientName, entry.receivedOn, entry.dueOn, entry.status])).toEqual([
      ['Ben Brown', '2026-11-02', '2026-12-02', 'received'],
      ['Amy Adams', '2026-09-01', '2026-10-01', 'completed'],
    ]);
    expect(register[1]?.completedOn).toBe('2026-09-20');
    // The home screen's list of open requests leaves the completed one out; the register does not.
    expect(await call('subjectAccess.openRequests', {})).toHaveLength(1);
  });
});

describe('the clock and ids a request is given', () => {
  it('gives a request the id handed out, and the frozen time', () => {
    const request = logRequest(
      open,
      { clientId: clientIdOf('Nowak'), receivedOn: '2027-01-05', requesterName: 'Zofia Nowak', relationship: 'self' },
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['d0000000-0000-4000-8000-000000000002'] }),
    );
    expect(request).toMatchObject({
      id: 'd0000000-0000-4000-8000-000000000002',
      createdAt: '2027-01-05T14:30:00.000Z',
    });
  });
});
