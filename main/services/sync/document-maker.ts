// Makes case files' first documents in a thread of their own while a first sync
// goes on. Making a document is Automerge's work alone (about 5 ms a case file
// of a busy practice, most of a first sync), while reading its rows, committing
// and writing the folder's files are the sync's own; on two cores the two run
// side by side. Only the fields cross to the thread: it opens no vault and
// holds no key. If the thread fails, what it was making is made in the
// sync's own thread instead (with-folder.ts).
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../workers/start-worker';
import type { Fields } from './case-file-rows';

export type ToMake = { entity: string; fields: Fields };
export type Made = { state: Uint8Array; heads: string[] };

export type MakeRequest = { id: number; documents: ToMake[] };
export type MakeAnswer = { id: number; made: Made[] } | { id: number; failed: true };

export type DocumentMaker = {
  /** The documents' first states, in the order asked; rejects if the thread could not make them. */
  make(documents: ToMake[]): Promise<Made[]>;
  stop(): Promise<void>;
};

export function startDocumentMaker(): DocumentMaker {
  const worker: Worker = startWorker(
    new URL('./document-maker-worker.ts', import.meta.url),
    'document-maker-worker.cjs',
    {},
  );
  // A sync waiting on it keeps its caller's promise; the thread alone never keeps a process alive.
  worker.unref();
  const waiting = new Map<number, { resolve: (made: Made[]) => void; reject: (error: Error) => void }>();
  let requests = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on('message', (answer: MakeAnswer) => {
    const asked = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ('failed' in answer) asked?.reject(new Error('the document thread could not make these documents'));
    else asked?.resolve(answer.made);
  });
  // Its code only: an error's text could hold a field's value.
  worker.on('error', (error) =>
    failAll(Object.assign(new Error('the document thread failed'), { code: (error as { code?: string }).code })),
  );
  worker.on('exit', () => failAll(new Error('the document thread stopped')));
  return {
    make(documents) {
      if (failure) return Promise.reject(failure);
      requests += 1;
      const request: MakeRequest = { id: requests, documents };
      return new Promise((resolve, reject) => {
        waiting.set(request.id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
