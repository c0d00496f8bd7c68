// The harness hands its per-launch token over in the URL fragment. Take it once,
// keep it for this tab (so a reload still works) and take it out of sight.

const storageKey = 'waymark.harnessToken';

export function takeHarnessToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    try {
      window.sessionStorage.setItem(storageKey, fromHash);
    } catch {
      // Storage can be switched off; the token still works until the page reloads.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
