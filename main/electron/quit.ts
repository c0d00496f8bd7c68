// Quitting without losing the quit backup or freezing the window. The backup
// runs in a worker while the window stays open and says what it is waiting
// for; the vault is locked last. When the system is ending the session, it is
// done within the few seconds the system allows instead:
// - Windows sends no will-quit then: query-session-end starts the backup and
//   session-end waits for it (briefly) and locks;
// - Linux and macOS announce a shutdown (powerMonitor), which is delayed just
//   long enough, and the quit that follows is never cancelled (on macOS that
//   would cancel the shutdown).

/** Electron's event with preventDefault, as the handlers below receive it. */
export type Preventable = { preventDefault(): void };

export type QuitApp = {
  on(event: 'before-quit' | 'will-quit', listener: (event: Preventable) => void): unknown;
  quit(): void;
};

export type QuitWindow = {
  on(event: 'close' | 'query-session-end' | 'session-end', listener: (event: Preventable) => void): unknown;
  setProgressBar(progress: number): void;
  isDestroyed(): boolean;
};

/** Electron passes the event to 'shutdown' listeners, though its typings declare none. */
export type ShutdownMonitor = { on(event: 'shutdown', listener: (event?: Preventable) => void): unknown };

/** The parts of a running Waymark that quitting uses (see main/api/waymark.ts). */
export type Closable = {
  backUpBeforeClosing(): Promise<void>;
  closeAfterRunningBackups(waitMs: number): void;
};

/** A notice while quitting waits: shown after a moment, closed when done; `onCloseNow` if the adviser will not wait. */
export type QuitProgress<W> = { show(window: W, onCloseNow: () => void): void; hide(): void };

export type QuitOptions<W> = {
  app: QuitApp;
  waymark: () => Closable | null;
  progress: QuitProgress<W>;
  now?: () => number;
  /** A quick backup finishes before any notice appears. */
  progressDelayMs?: number;
  /** What the end of a session leaves us: Windows and logind both allow about five seconds. */
  sessionEndBudgetMs?: number;
};

export type QuitControl<W> = {
  watchWindow(window: W): void;
  watchShutdown(monitor: ShutdownMonitor): void;
  /** 'open', 'closing' (backing up) or 'closed' (locked, quitting allowed). */
  state(): 'open' | 'closing' | 'closed';
};

export function createQuitControl<W extends QuitWindow>({
  app,
  waymark,
  progress,
  now = Date.now,
  progressDelayMs = 400,
  sessionEndBudgetMs = 4_000,
}: QuitOptions<W>): QuitControl<W> {
  let state: 'open' | 'closing' | 'closed' = 'open';
  let window: W | null = null;
  /** Set once the system is ending the session: everything must be over by then. */
  let sessionEndsAt: number | null = null;
  let sessionBackup: Promise<void> | null = null;

  const remainingMs = () => (sessionEndsAt === null ? 0 : Math.max(0, sessionEndsAt - now()));
  /** After its budget, a session end that did not happen (another program or the adviser cancelled it) is forgotten. */
  const isSessionEnding = () => sessionEndsAt !== null && now() <= sessionEndsAt;
  const markSessionEnding = () => {
    if (!isSessionEnding()) sessionEndsAt = now() + sessionEndBudgetMs;
  };

  /** Locks now, after waiting at most `waitMs` for a backup being written; quitting is then allowed. */
  function closeNow(waitMs: number): void {
    if (state === 'closed') return;
    state = 'closed';
    waymark()?.closeAfterRunningBackups(waitMs);
  }

  /** The ordinary quit: back up in a worker (showing progress if it takes a while), lock, then quit for real. */
  function beginClosing(deadlineMs?: number): void {
    const running = waymark();
    if (state !== 'open' || !running) return;
    state = 'closing';
    const shownWindow = window;
    const timer = setTimeout(() => {
      if (state !== 'closing' || !shownWindow || shownWindow.isDestroyed()) return;
      shownWindow.setProgressBar(2);
      progress.show(shownWindow, () => finish());
    }, progressDelayMs);
    const deadline = deadlineMs === undefined ? null : new Promise<void>((resolve) => setTimeout(resolve, deadlineMs));
    const backup = sessionBackup ?? running.backUpBeforeClosing();
    void (deadline ? Promise.race([backup, deadline]) : backup).then(() => finish());
    let isFinished = false;

    function finish(): void {
      if (isFinished) return;
      isFinished = true;
      clearTimeout(timer);
      if (state === 'closing') closeNow(0);
      progress.hide();
      if (shownWindow && !shownWindow.isDestroyed()) shownWindow.setProgressBar(-1);
      app.quit();
    }
  }

  /** A quit or a window closing: held back until the backup and lock are done, unless the session is ending. */
  function onQuitRequest(event: Preventable): void {
    if (state === 'closed') return;
    // Nothing was opened (a start that failed): nothing to back up or lock.
    if (!waymark()) {
      state = 'closed';
      return;
    }
    if (isSessionEnding()) {
      closeNow(remainingMs());
      return;
    }
    event.preventDefault();
    beginClosing();
  }

  app.on('before-quit', onQuitRequest);
  // Every path to exit passes here; nothing may leave the vault open or a backup half-checked.
  app.on('will-quit', () => closeNow(0));

  return {
    watchWindow(watched) {
      window = watched;
      watched.on('close', onQuitRequest);
      // Windows asks first: start the backup now, but leave the adviser working if the session goes on after all.
      watched.on('query-session-end', () => {
        markSessionEnding();
        if (state !== 'open' || sessionBackup) return;
        const backup = waymark()?.backUpBeforeClosing();
        sessionBackup = backup?.finally(() => (sessionBackup = null)) ?? null;
      });
      // Then it ends the session: no will-quit follows, and the process may be ended once this returns.
      watched.on('session-end', () => {
        markSessionEnding();
        closeNow(remainingMs());
      });
    },
    watchShutdown(monitor) {
      monitor.on('shutdown', (event) => {
        markSessionEnding();
        if (state !== 'open' || !waymark()) return;
        // Delays the shutdown (logind's delay lock) while the backup runs, then quits.
        event?.preventDefault();
        beginClosing(sessionEndBudgetMs);
      });
    },
    state: () => state,
  };
}
