// Background worker threads give way to the adviser: on Linux each lowers its
// own priority, and the thread the window's requests run on keeps its own.
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../main/workers/start-worker';

describe.runIf(process.platform === 'linux')('a background worker thread', () => {
  it('runs at the lowest priority while the main thread keeps its own', async () => {
    const before = Number((await import('node:os')).getPriority());
    const worker = startWorker(new URL('../support/priority-worker.ts', import.meta.url), 'priority-worker.cjs', {});
    const reported = await new Promise<{ thread: number; process: number }>((resolveReport, rejectReport) => {
      worker.once('message', resolveReport);
      worker.once('error', rejectReport);
    });
    await worker.terminate();
    expect(reported.thread).toBe(19);
    expect(reported.process).toBe(before);
    expect((await import('node:os')).getPriority()).toBe(before);
  });
});
