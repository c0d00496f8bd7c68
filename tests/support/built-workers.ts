// Each integration test file starts main's worker threads from the bundles built
// once for the run beside the `waymark` command (tests/support/build-cli.ts), the
// code the app ships, rather than through tsx compiling the worker's sources again
// in every new thread.
import { dirname } from 'node:path';
import { startWorkersFromBuild } from '../../main/workers/start-worker';
import { builtCliVariable } from './built-cli-variable';

const builtCli = process.env[builtCliVariable];
if (builtCli) startWorkersFromBuild(dirname(builtCli));
