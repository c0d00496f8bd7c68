// What `npm start` tells the adviser while Electron downloads for the first
// time, and when it cannot: school and college networks often sit behind a
// proxy or inspect TLS, and the message has to say what to try next.

/** Electron's releases are on GitHub; a proxy or firewall has to let these through. */
export const electronDownloadHosts = [
  'github.com',
  'objects.githubusercontent.com',
  'release-assets.githubusercontent.com',
];

export function downloadStartMessage(version: string): string {
  return `Downloading Electron ${version} for this computer (about 100 MB, only the first time)...`;
}

/** "12.3 MB downloaded": the download's size is not known beforehand. */
export function downloadProgress(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB downloaded`;
}

export type DownloadFailureKind = 'network' | 'certificate' | 'refused' | 'checksum' | 'stalled' | 'other';

/** Sorts the installer's error output (its stack trace, usually) into what the adviser can act on. */
export function classifyDownloadFailure(errorText: string): { kind: DownloadFailureKind; status?: number } {
  const status = /Response code (\d{3})/.exec(errorText)?.[1];
  if (status) return { kind: 'refused', status: Number(status) };
  if (/certificate|CERT_|SSL|TLS/i.test(errorText)) return { kind: 'certificate' };
  if (/checksum|sha256|does not match/i.test(errorText)) return { kind: 'checksum' };
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|UND_ERR_CONNECT|socket hang up/i.test(
      errorText,
    )
  )
    return { kind: 'network' };
  return { kind: 'other' };
}

const proxyHint = [
  'On a school, college or office network:',
  '  - behind a proxy, set it and try again, for example (PowerShell: $env:NAME="value"; macOS and Linux: export NAME=value):',
  '      ELECTRON_GET_USE_PROXY=1',
  '      HTTPS_PROXY=http://proxy.school.example:8080',
  `  - or ask IT to allow ${electronDownloadHosts.join(', ')}`,
  '  - or run `npm start` once on another network (home or a phone hotspot); Electron is kept for later.',
].join('\n');

/** The whole message for a failed download: what happened, then what to do. */
export function downloadFailureMessage(
  version: string,
  failure: { kind: DownloadFailureKind; status?: number | undefined },
): string {
  const what: Record<DownloadFailureKind, string> = {
    network: 'the download server could not be reached (no internet connection, or the network blocks it).',
    certificate:
      'the network presented a certificate Node does not trust (networks that inspect secure traffic do this). ' +
      'Ask IT for the network’s root certificate and point NODE_EXTRA_CA_CERTS at that file, then try again.',
    refused: `the server answered ${failure.status ?? 'with an error'}${failure.status === 407 ? ' (the proxy wants a user name and password: include them in HTTPS_PROXY)' : ''}.`,
    checksum: 'the downloaded file was damaged or altered on the way (its checksum did not match), so it was not used.',
    stalled: 'the download stopped making progress.',
    other: 'the installer reported an error (shown above).',
  };
  return [
    `Electron ${version} could not be downloaded: ${what[failure.kind]}`,
    proxyHint,
    'Without Electron you can still use Waymark in your browser: `npm run preview`.',
  ].join('\n');
}
