// Background work (backups, the damage check, sync) runs in worker threads that
// give way to the adviser. On a 2-core laptop a backup's snapshot keeps one core
// busy for seconds; at normal priority it competes with the window and with main
// answering a search. On Linux a thread's priority is its own, so the thread
// lowers only itself. On Windows and macOS a process has one priority for all its
// threads, and lowering it would slow the whole app, so nothing changes there.
import { constants, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** Lowers the calling worker thread's priority; on main's own thread (a stray call) it does nothing. */
export function giveWayToTheAdviser(): void {
  if (isMainThread || process.platform !== 'linux') return;
  try {
    // pid 0: the calling thread, on Linux.
    setPriority(0, constants.priority.PRIORITY_LOW);
  } catch {
    // A system that refuses keeps the thread at normal priority; the work is the same.
  }
}
