// Keeps every window on Waymark's own pages: navigation away, redirects,
// pop-ups and <webview> tags are refused; https links go to the adviser's browser.
import { isAppUrl, isSafeExternalUrl } from './origin';

/** The parts of Electron's webContents this module touches, so tests can pass a fake. */
export type GuardedContents = {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export type OpenExternal = (url: string) => Promise<void>;

/** Blocks a navigation unless it stays on app://waymark. */
export function preventForeignNavigation(event: { preventDefault(): void }, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** Every window.open is denied; an https link is handed to the system browser instead. */
export function handleWindowOpen(url: string, openExternal: OpenExternal): { action: 'deny' } {
  if (isSafeExternalUrl(url)) {
    // A failed hand-off is not worth crashing over; the link simply does not open.
    openExternal(url).catch(() => undefined);
  }
  return { action: 'deny' };
}

export function guardWebContents(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', preventForeignNavigation);
  contents.on('will-redirect', preventForeignNavigation);
  // Waymark never uses <webview>; one appearing means injected markup.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, openExternal));
}
