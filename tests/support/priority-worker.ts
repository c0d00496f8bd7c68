// A worker thread that gives way as the background workers do, then reports
// its own niceness and the process's main thread's, read from /proc.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { giveWayToTheAdviser } from '../../main/workers/background-priority';

/** Field 19 of a task's stat line (after the name in brackets, fields start at 3). */
const niceOf = (statFile: string) => Number(readFileSync(statFile, 'utf8').split(') ')[1]?.split(' ')[16]);

giveWayToTheAdviser();
parentPort?.postMessage({ thread: niceOf('/proc/thread-self/stat'), process: niceOf(`/proc/${process.pid}/stat`) });
