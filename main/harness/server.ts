// The browser harness: the same dispatcher as Electron's IPC, over HTTP on
// 127.0.0.1 only, on a random port, with a random token required on every call.
// It exists so the real renderer can be driven in Chromium where Electron cannot run.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatcher';
import { createLogger } from '../log';
import { contentSecurityPolicy, readAsset } from '../static/assets';

const log = createLogger('harness');
// Room for the largest attachment (10 MB, base64-encoded) or roll CSV (5 MB) after JSON escaping.
const maxBodyBytes = 16 * 1024 * 1024;
export const tokenHeader = 'x-waymark-token';

export type Harness = { url: string; origin: string; port: number; token: string; close(): Promise<void> };

export type HarnessOptions = { dispatch: Dispatch; rendererFolder: string; port?: number };

export async function startHarness({ dispatch, rendererFolder, port = 0 }: HarnessOptions): Promise<Harness> {
  const token = randomBytes(32).toString('hex');
  let origin = '';

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another site could point a DNS name at 127.0.0.1; only our own host is served.
    if (request.headers.host !== new URL(origin).host) {
      send(response, 421, 'text/plain; charset=utf-8', 'Wrong host');
      return;
    }
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path.startsWith('/api/')) {
      await handleCall(request, response, path.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    const asset = await readAsset(rendererFolder, path);
    if (!asset) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    send(response, 200, asset.contentType, asset.body);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    if (!hasToken(request.headers[tokenHeader])) {
      send(
        response,
        401,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong harness token.' } }),
      );
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      send(
        response,
        413,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'That request is too large.' } }),
      );
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      send(
        response,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request was not valid JSON.' } }),
      );
      return;
    }
    const result = await dispatch(decodeURIComponent(channel), input);
    send(response, 200, 'application/json', JSON.stringify(result));
  }

  function hasToken(presented: string | string[] | undefined): boolean {
    if (typeof presented !== 'string') return false;
    const expected = Buffer.from(token);
    const given = Buffer.from(presented);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
  log.info('listening on loopback', { port: address.port });

  return {
    origin,
    port: address.port,
    token,
    // The token rides in the fragment, which browsers never send to the server or in a Referer.
    url: `${origin}/#token=${token}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let isTooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        isTooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(isTooLarge ? null : Buffer.concat(chunks)));
    request.on('error', rejectBody);
  });
}
