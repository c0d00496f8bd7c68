// Serves the built renderer on app://waymark/ so the page has a real origin
// (not file://) and gets the same CSP and headers the harness sends.
import { contentSecurityPolicy, readAsset } from '../static/assets';
import { appHost, appScheme } from './origin';

/** Registered before the app is ready: standard and secure so fetch, storage and CSP 'self' work. */
export const privilegedSchemes = [
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function createAppProtocolHandler(rendererFolder: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== appHost || request.method !== 'GET') return notFound();
    const asset = await readAsset(rendererFolder, url.pathname);
    if (!asset) return notFound();
    return new Response(asset.body, {
      status: 200,
      headers: { ...securityHeaders, 'content-type': asset.contentType },
    });
  };
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}
