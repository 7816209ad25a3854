import { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { parseImageHosts } from '@/lib/security/image-hosts';
import { DEFAULT_MAP_TILE_URL } from '@/lib/security/map-tile-defaults';
import { serveSharedPage, sharedRequestKind } from '@/lib/page-cache/anonymous-pages';
import { isPlainResident } from '@/lib/page-cache/resident-viewer';

const handleI18nRouting = createMiddleware(routing);

/**
 * Adds the locale prefix (/fi, /sv, /en) to page URLs and sets a per-request Content-Security-Policy. The policy is
 * put on the request too, because Next.js reads the nonce from there to mark its own scripts. Anonymous page views
 * are answered from a one-second cache of the rendered page with this response's nonce swapped in
 * (docs/decisions/019-cached-public-pages.md), and so are signed-in residents without roles or memberships on pages
 * that render the same for them (docs/decisions/021-pages-shared-with-residents.md).
 * Authorization is NOT done here: every page, server action and route handler checks the actor itself
 * (docs/decisions/004-authorization.md).
 */
export default async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy({
    nonce,
    tileUrl: process.env.MAP_TILE_URL ?? DEFAULT_MAP_TILE_URL,
    // Invalid entries stop the server at start (lib/env.ts), so the valid rest is all there is here.
    imageHosts: parseImageHosts(process.env.IMAGE_HOSTS).hosts,
    isDevelopment: process.env.NODE_ENV === 'development',
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  // Only a request that next-intl lets through unchanged (no redirect, no rewrite) is a page view to share.
  const passesThrough = response.headers.get('x-middleware-next') === '1' && !response.headers.has('x-middleware-rewrite');
  const shareable = passesThrough && process.env.NODE_ENV === 'production' ? sharedRequestKind(request) : null;
  if (shareable === 'anonymous') {
    const shared = await serveSharedPage(request, response, nonce, csp);
    if (shared) return shared;
  } else if (shareable === 'signed-in' && (await isPlainResident(request))) {
    // A resident without roles or memberships sees what an anonymous visitor sees (ADR 021).
    const shared = await serveSharedPage(request, response, nonce, csp, 'resident');
    if (shared) return shared;
  }
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
