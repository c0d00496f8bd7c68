// Run by tests/integration/kdf-thread-ahead.test.ts in a process of its own: asks a
// locked vault for its status, as the window does before showing the unlock screen,
// prints the answer and ends without process.exit. The key-derivation thread the
// question starts must not keep the process alive.
import { createWaymark } from '../../main/api/waymark';
import { testKdf } from './vault-fixture';

const directory = process.argv[2];
if (!directory) throw new Error('usage: status-then-exit.ts VAULT_DIRECTORY');
const waymark = createWaymark({ directory, kdf: testKdf });
process.stdout.write(JSON.stringify(await waymark.dispatch('vault.status', {})));
