// The document thread (see document-maker.ts): fields in, first states out.
import { isMainThread, parentPort } from 'node:worker_threads';
import { giveWayToTheAdviser } from '../../workers/background-priority';
import { newDocumentState } from './documents';
import type { MakeAnswer, MakeRequest } from './document-maker';

// Loaded anywhere but in a thread started by document-maker.ts (a stray require), it does nothing.
if (!isMainThread && parentPort) {
  giveWayToTheAdviser();
  const port = parentPort;
  port.on('message', ({ id, documents }: MakeRequest) => {
    let answer: MakeAnswer;
    try {
      answer = { id, made: documents.map(({ entity, fields }) => newDocumentState(entity, fields)) };
    } catch {
      answer = { id, failed: true };
    }
    port.postMessage(answer);
  });
}
