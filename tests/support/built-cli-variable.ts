// Its own module, so the setup file that reads it (built-workers.ts) does not load
// the vault fixture, and with it the whole of main, into every integration file.
/** Set by build-cli.ts to the command built once for the run. */
export const builtCliVariable = 'WAYMARK_TEST_BUILT_CLI';
