import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, resolveAssetPath } from '../../main/static/assets';

const root = resolve('/srv/waymark/renderer');

describe('renderer asset paths', () => {
  it('maps ordinary paths inside the renderer folder', () => {
    expect(resolveAssetPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAssetPath(root, '/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    '/../secret',
    '/%2e%2e/secret',
    '/assets/..%2F..%2Fsecret',
    '/..%5c..%5csecret',
    '/assets/%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    const resolved = resolveAssetPath(root, path);
    if (resolved !== null) expect(resolved.startsWith(root)).toBe(true);
    if (path.includes('%00') || path.includes('%E0')) expect(resolved).toBeNull();
  });

  it('has a CSP without unsafe-inline or unsafe-eval', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)/);
    expect(contentSecurityPolicy).toContain("default-src 'none'");
  });
});
