// Serves the built renderer to both transports (Electron's app:// protocol and
// the loopback harness) from one folder, refusing any path that escapes it.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Maps a URL path to a file inside root, or null when it would leave root.
 * Decoding happens once, before normalising, so %2e%2e tricks are caught too.
 */
export function resolveAssetPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootPath = resolve(root);
  const candidate = resolve(rootPath, normalize(relative));
  if (candidate !== rootPath && !candidate.startsWith(rootPath + sep)) return null;
  return candidate;
}

export type Asset = { body: Buffer; contentType: string };

export async function readAsset(root: string, urlPath: string): Promise<Asset | null> {
  const file = resolveAssetPath(root, urlPath);
  if (!file) return null;
  try {
    const body = await readFile(file);
    return { body, contentType: contentTypes[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

export function defaultRendererFolder(projectRoot: string): string {
  return join(projectRoot, 'dist', 'renderer');
}
