// The one place that says what counts as Waymark's own page. Node's URL gives
// custom schemes an origin of "null", so scheme and host are compared instead.

export const appScheme = 'app';
export const appHost = 'waymark';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True only for URLs served by our app:// protocol handler. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Links the adviser may open in their own browser: https only, never file:, javascript: or plain http:. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.host !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
