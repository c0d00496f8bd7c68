// The preview's command line: its options, its --help, and a plain message
// (not a stack trace) for anything it does not know.
import { parseArgs } from 'node:util';

export type PreviewOptions = {
  vault: string | undefined;
  port: number;
  isOpeningBrowser: boolean;
  autoLockSeconds: number | undefined;
  isDemoOffered: boolean;
  isFastKdf: boolean;
};

export type PreviewCommand =
  { kind: 'run'; options: PreviewOptions } | { kind: 'help'; text: string } | { kind: 'usage-error'; message: string };

export const previewUsage = `Usage: npm run preview [-- options]

Builds the interface and serves it, with the real vault behind it, on 127.0.0.1 only.
Prints the address (with a one-off token) and opens your browser if it can. Stop it with Ctrl+C.

Options:
  --vault DIR              use the vault in DIR instead of the app's own vault folder
  --port N                 listen on port N (default: any free port)
  --open                   open the address in your browser (npm run preview does this)
  --offer-demo             offer a throwaway demo practice of made-up people (npm run preview does this)
  --auto-lock-seconds N    lock after N seconds without use, instead of the vault's setting
  --fast-kdf               for tests only: the quickest safe passphrase stretching, not calibrated
  -h, --help               show this help
`;

export function readPreviewCommand(args: string[]): PreviewCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        vault: { type: 'string' },
        port: { type: 'string', default: '0' },
        open: { type: 'boolean', default: false },
        'auto-lock-seconds': { type: 'string' },
        // The preview offers a throwaway demo practice in a temporary folder.
        'offer-demo': { type: 'boolean', default: false },
        // Tests only: the OWASP-floor KDF instead of calibrating to half a second.
        'fast-kdf': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--x'"); the usage says what is known.
    const reason = error instanceof Error ? error.message.split('. ')[0] : 'That option is not known';
    return { kind: 'usage-error', message: `${reason}.\n\n${previewUsage}` };
  }
  if (values.help) return { kind: 'help', text: previewUsage };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return { kind: 'usage-error', message: `--port needs a whole number from 0 to 65535.\n\n${previewUsage}` };
  const autoLock = values['auto-lock-seconds'];
  const autoLockSeconds = autoLock === undefined ? undefined : Number(autoLock);
  if (autoLockSeconds !== undefined && (!Number.isFinite(autoLockSeconds) || autoLockSeconds <= 0)) {
    return {
      kind: 'usage-error',
      message: `--auto-lock-seconds needs a number of seconds above 0.\n\n${previewUsage}`,
    };
  }
  return {
    kind: 'run',
    options: {
      vault: values.vault,
      port,
      isOpeningBrowser: values.open,
      autoLockSeconds,
      isDemoOffered: values['offer-demo'],
      isFastKdf: values['fast-kdf'],
    },
  };
}
