// The harness answers only on 127.0.0.1, only with its per-launch token, and
// never serves files outside the renderer folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Waymark } from '../../main/api/waymark';
import { startHarness, tokenHeader, type Harness } from '../../main/harness/server';
import { makeTempDirectory, makeWaymark, removeDirectory } from '../support/vault-fixture';

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

function call(options: {
  host?: string;
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  hostHeader?: string;
}): Promise<Reply> {
  return new Promise((resolveCall, rejectCall) => {
    const outgoing = request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { ...(options.hostHeader ? { host: options.hostHeader } : {}), ...options.headers },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolveCall({ status: response.statusCode ?? 0, body, headers: response.headers }));
      },
    );
    outgoing.on('error', rejectCall);
    outgoing.end(options.body);
  });
}

describe('the browser harness', () => {
  let harness: Harness;
  let waymark: Waymark;
  let directory: string;
  let rendererFolder: string;
  let besideRenderer: string;

  beforeAll(async () => {
    ({ waymark, directory } = makeWaymark());
    besideRenderer = makeTempDirectory('waymark-renderer-');
    rendererFolder = join(besideRenderer, 'renderer');
    mkdirSync(join(rendererFolder, 'assets'), { recursive: true });
    writeFileSync(join(rendererFolder, 'index.html'), '<!doctype html><title>Waymark</title>');
    writeFileSync(join(rendererFolder, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(rendererFolder, '..', 'secret-beside-renderer.txt'), 'not for the browser');
    harness = await startHarness({ dispatch: waymark.dispatch, rendererFolder });
  });
  afterAll(async () => {
    await harness.close();
    waymark.close();
    removeDirectory(directory);
    removeDirectory(besideRenderer);
  });

  it('puts the token in the fragment of its URL, on 127.0.0.1', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
  });

  it('answers a call that carries the token', async () => {
    const reply = await call({
      port: harness.port,
      path: '/api/vault.status',
      method: 'POST',
      headers: { [tokenHeader]: harness.token, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { state: 'absent', isDemoOffered: false, isDamaged: false, isDemo: false },
    });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const missing = await call({ port: harness.port, path: '/api/vault.status', method: 'POST', body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await call({
      port: harness.port,
      path: '/api/vault.status',
      method: 'POST',
      headers: { [tokenHeader]: 'f'.repeat(64) },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    const create = await call({
      port: harness.port,
      path: '/api/vault.create',
      method: 'POST',
      body: JSON.stringify({
        passphrase: 'correct staple orbit lantern mosaic',
        confirmation: 'correct staple orbit lantern mosaic',
      }),
    });
    expect(create.status).toBe(401);
    const status = await call({
      port: harness.port,
      path: '/api/vault.status',
      method: 'POST',
      headers: { [tokenHeader]: harness.token },
      body: '{}',
    });
    expect(JSON.parse(status.body)).toEqual({
      ok: true,
      value: { state: 'absent', isDemoOffered: false, isDamaged: false, isDemo: false },
    });
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const reply = await call({ port: harness.port, path: '/', hostHeader: `attacker.example:${harness.port}` });
    expect(reply.status).toBe(421);
  });

  it('listens on 127.0.0.1 only', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (external) {
      await expect(call({ host: external.address, port: harness.port, path: '/' })).rejects.toMatchObject({
        code: 'ECONNREFUSED',
      });
    }
    await expect(call({ host: '::1', port: harness.port, path: '/' })).rejects.toThrow();
    const loopback = await call({ port: harness.port, path: '/' });
    expect(loopback.status).toBe(200);
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const page = await call({ port: harness.port, path: '/' });
    expect(page.body).toContain('<title>Waymark</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    for (const path of [
      '/../secret-beside-renderer.txt',
      '/%2e%2e/secret-beside-renderer.txt',
      '/assets/..%2f..%2fsecret-beside-renderer.txt',
    ]) {
      const reply = await call({ port: harness.port, path });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('not for the browser');
    }
  });

  it('refuses a body that is not JSON, and oversized bodies', async () => {
    const notJson = await call({
      port: harness.port,
      path: '/api/vault.status',
      method: 'POST',
      headers: { [tokenHeader]: harness.token },
      body: '{nope',
    });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const huge = await call({
      port: harness.port,
      path: '/api/vault.unlock',
      method: 'POST',
      headers: { [tokenHeader]: harness.token },
      body: JSON.stringify({ passphrase: 'x'.repeat(17 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });
});
