// Waymark must work with no network at all: every request a page makes has to
// stay on this machine's loopback harness (or be an in-page data:/blob: URL).

export function isLocalRequest(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.hostname === '127.0.0.1';
}

export function describeNonLocal(urls: string[]): string[] {
  return [...new Set(urls.filter((url) => !isLocalRequest(url)))];
}
