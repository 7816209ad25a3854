import { NextResponse, type NextRequest } from 'next/server';
import { RenderedPageCache, withResponseNonce, type RenderedPage } from './rendered-page-cache';
import { isSharedWithResidents, markSignedIn, RESIDENT_SHAREABLE_PATH } from './shared-audience';

/**
 * Serves pages to anonymous visitors from a short-lived in-process cache, with a fresh CSP nonce in every response
 * (docs/decisions/019-cached-public-pages.md), and the same copies to signed-in residents without roles or
 * memberships where the page declares it renders the same for them (docs/decisions/021-pages-shared-with-residents.md).
 * Called by proxy.ts only; pages themselves stay dynamic and authorize as before, so anyone else, a form post or a
 * request this module does not recognise is simply rendered per request.
 */

/** Fresh for 1 s, served while a refresh runs until 1.5 s: a change shows on every instance within two seconds. */
export const PAGE_CACHE_FRESH_MS = 1000;
export const PAGE_CACHE_MAX_AGE_MS = 1500;
const MAX_ENTRIES = 300;
const MAX_HTML_BYTES = 1_000_000;

/** Marks the proxy's own render request; per process, so outsiders cannot use it to skip the cache. */
const RENDER_HEADER = 'x-yhdessa-page-render';
const renderSecret = crypto.randomUUID();

/** Response headers of the render that are about the content and so may be repeated to other visitors. */
const KEPT_HEADERS = ['content-type', 'content-language', 'link', 'vary', 'x-robots-tag'];

const cache = new RenderedPageCache({
  freshMs: PAGE_CACHE_FRESH_MS,
  maxAgeMs: PAGE_CACHE_MAX_AGE_MS,
  maxEntries: MAX_ENTRIES,
  isCacheable: (page) =>
    page.status === 200 &&
    page.nonce !== '' &&
    page.html.length <= MAX_HTML_BYTES &&
    (page.headers['content-type'] ?? '').startsWith('text/html') &&
    !('set-cookie' in page.headers),
});

/**
 * Whether this request may get a shared copy of the page: a plain GET of a page as a document, without a query string
 * other than public paging and sorting (SHAREABLE_QUERY_PARAMS; tokens and return addresses stay per request), not a client-side navigation (RSC) or prefetch, without an
 * Authorization header, and not an admin page. The proxy's own render request is excluded, or it would be served from
 * the cache it fills. 'anonymous' without a session cookie; 'signed-in' with one, on a path whose page may be shared
 * with residents (the proxy then still has to find the visitor a resident without roles or memberships).
 */
export function sharedRequestKind(request: NextRequest): 'anonymous' | 'signed-in' | null {
  if (request.method !== 'GET') return null;
  if (shareableSearch(request.nextUrl) === null) return null;
  const h = request.headers;
  if (h.has(RENDER_HEADER) || h.has('rsc') || h.has('next-router-prefetch') || h.has('next-router-state-tree')) return null;
  if (h.has('next-action') || h.has('authorization')) return null;
  if (h.get('purpose') === 'prefetch') return null;
  // Next.js strips its own markers of client-side requests (the rsc header, ?_rsc=) before the proxy sees them, so
  // a router refresh or navigation would look like a page view and get HTML, which the router answers with a full
  // reload. Only what the browser fetches as a document is shared: it asks for text/html, a fetch() does not.
  if (!(h.get('accept') ?? '').includes('text/html') || (h.get('sec-fetch-dest') ?? 'document') !== 'document') return null;
  const path = request.nextUrl.pathname;
  if (/^\/[a-z]{2}\/admin(\/|$)/.test(path)) return null;
  if (!request.cookies.getAll().some((c) => c.name.includes('session-token'))) return 'anonymous';
  return RESIDENT_SHAREABLE_PATH.test(path) ? 'signed-in' : null;
}

/**
 * Query parameters of public paging, sorting and filtering — the same for everyone, never personal, never a token or
 * a return address: a page whose query holds only these (once each) is shared like a plain one, so the second page
 * of a news list or a long thread is rendered once a second, not per request (ADR 019, amended by ADR 031).
 */
export const SHAREABLE_QUERY_PARAMS: ReadonlySet<string> = new Set([
  'sivu', 'jarjestys', 'jatka', 'kommentti', 'tila', 'alue',
  // The ideas list's theme, text filter, random order's seed and map view (ADR 033): the list is the same for every
  // reader of the component, so a visitor paging through their random order or a repeated search is rendered once a
  // second, not per request. Distinct values cost no more than no cache (the cache is bounded and short-lived).
  'teema', 'haku', 'siemen', 'nakyma',
]);
const MAX_SHAREABLE_SEARCH = 500;

/** The query as part of the cache key (sorted, '' for none), or null when the page must be rendered per request. */
export function shareableSearch(url: URL): string | null {
  if (url.search === '') return '';
  if (url.search.length > MAX_SHAREABLE_SEARCH) return null;
  const keys = [...url.searchParams.keys()];
  if (keys.some((k) => !SHAREABLE_QUERY_PARAMS.has(k)) || new Set(keys).size !== keys.length) return null;
  const sorted = new URLSearchParams([...url.searchParams].sort(([a], [b]) => a.localeCompare(b)));
  return `?${sorted.toString()}`;
}

/** The local server this process listens on (`next start` sets PORT); the render goes there, not to a balancer. */
function localOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
}

/** The locale prefix of a page path (/fi/…, /sv/…), or null. */
function pathLocale(pathname: string): string | null {
  return /^\/([a-z]{2})(?:\/|$)/.exec(pathname)?.[1] ?? null;
}

/** Renders the page as an anonymous visitor through this very server, with nothing of the visitor's request. */
async function renderAnonymously(request: NextRequest): Promise<RenderedPage> {
  const url = new URL(`${request.nextUrl.pathname}${shareableSearch(request.nextUrl) ?? ''}`, localOrigin());
  const res = await fetch(url, {
    redirect: 'manual',
    cache: 'no-store',
    headers: {
      [RENDER_HEADER]: renderSecret,
      accept: 'text/html',
      // The page's language is its URL's. Asking in that language also keeps next-intl from answering with a locale
      // cookie (it sets one when the browser's language differs from the URL's, or is missing), and a render that
      // sets a cookie is never cached: visitors without Accept-Language or with another language than the page's
      // would each have caused a render of their own.
      'accept-language': pathLocale(request.nextUrl.pathname) ?? request.headers.get('accept-language') ?? '',
      'x-forwarded-host': request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host,
      'x-forwarded-proto': request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', ''),
    },
  });
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = res.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  if (res.headers.has('set-cookie')) headers['set-cookie'] = '(not kept)';
  const location = res.headers.get('location');
  if (location) headers.location = location;
  const csp = res.headers.get('content-security-policy') ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp)?.[1] ?? '';
  return { status: res.status, headers, html: await res.text(), nonce };
}

/**
 * The cached (or freshly rendered) page for an anonymous visitor, or for a signed-in resident without roles or
 * memberships (`audience` 'resident'), with `csp` (built around `nonce`) as its policy; null when the page could not
 * be served this way (the caller then lets Next.js render it as usual). A resident gets only a 200 page that declares
 * itself shared with residents, marked signed in. `routed` is next-intl's answer for the request; its headers
 * (alternate links, the locale cookie) are kept.
 */
export async function serveSharedPage(
  request: NextRequest,
  routed: NextResponse,
  nonce: string,
  csp: string,
  audience: 'anonymous' | 'resident' = 'anonymous',
): Promise<NextResponse | null> {
  let page: RenderedPage;
  try {
    page = await cache.get(`${request.headers.get('host') ?? ''}${request.nextUrl.pathname}${shareableSearch(request.nextUrl) ?? ''}`, () => renderAnonymously(request));
  } catch (error) {
    console.error('[page-cache] rendering through the local server failed; rendering per request instead', error);
    return null;
  }
  if (audience === 'resident' && (page.status !== 200 || !isSharedWithResidents(page.html))) return null;
  // A page that redirects (e.g. /profile to sign-in): Next.js wants an absolute Location from the proxy, and
  // next-intl's headers for this visitor go along.
  if (page.status >= 300 && page.status < 400 && page.headers.location) {
    const redirect = NextResponse.redirect(new URL(page.headers.location, request.nextUrl), page.status);
    routed.headers.forEach((value, name) => {
      if (!name.startsWith('x-middleware-') && name !== 'link') redirect.headers.append(name, value);
    });
    return redirect;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(page.headers)) {
    // The Link header preloads the stylesheet with the render's nonce: it gets this response's nonce too.
    if (name !== 'set-cookie' && name !== 'location') headers.set(name, page.nonce ? value.split(page.nonce).join(nonce) : value);
  }
  // next-intl's own headers for this visitor (the locale cookie); its alternate links are already in the page's.
  routed.headers.forEach((value, name) => {
    if (!name.startsWith('x-middleware-') && name !== 'link') headers.append(name, value);
  });
  headers.set('Content-Security-Policy', csp);
  // Each response carries its own nonce, so neither browsers nor shared caches may store it.
  headers.set('Cache-Control', 'private, no-store');
  const html = withResponseNonce(page, nonce);
  return new NextResponse(audience === 'resident' ? markSignedIn(html) : html, { status: page.status, headers });
}

/** Forgets every cached page of this process (tests). */
export function clearSharedAnonymousPages(): void {
  cache.clear();
}
