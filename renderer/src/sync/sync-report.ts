// A sync's result in plain words: "Sent 3 records, received 1."
import type { SyncReport } from '../../../shared/contract/sync';

const records = (count: number) => `${count} ${count === 1 ? 'record' : 'records'}`;

export function describeSyncReport({ sent, received, conflicts }: SyncReport): string {
  const moved =
    sent === 0 && received === 0
      ? 'Everything was already the same on both sides: nothing to send or receive.'
      : received === 0
        ? `Sent ${records(sent)}, received none.`
        : `Sent ${sent === 0 ? 'none' : records(sent)}, received ${received}.`;
  const choices =
    conflicts === 0
      ? ''
      : ` ${conflicts === 1 ? 'One value was' : `${conflicts} values were`} changed on both computers: both are kept until you choose.`;
  return moved + choices;
}
