/**
 * The Content-Security-Policy of every page. Scripts run only with the per-request nonce that Next.js puts on its
 * own scripts ('strict-dynamic' lets those load their chunks), so injected markup cannot run script even if it got
 * past React's escaping. Styles allow inline style attributes because Leaflet positions map panes with them.
 * Images may come from any https host (coordinators link hero images hosted by the city's web site or CDN) and from
 * the map tile server (MAP_TILE_URL), which may be plain http inside a city network.
 */
export function tileImageSource(tileUrl: string | undefined): string | null {
  if (!tileUrl) return null;
  const origin = /^(https?:\/\/[^/]+)/i.exec(tileUrl.trim())?.[1];
  if (!origin) return null;
  // "{s}" subdomain templates become a wildcard host, which CSP supports ("https://*.tile.example.org").
  const source = origin.replace(/\{s\}/g, '*');
  return /^https?:\/\/[a-z0-9*.-]+(:\d+)?$/i.test(source) ? source : null;
}

export function contentSecurityPolicy({ nonce, tileUrl, isDevelopment }: { nonce: string; tileUrl?: string; isDevelopment: boolean }): string {
  const tiles = tileImageSource(tileUrl);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // next dev evaluates modules with eval() for fast refresh; production never needs it.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:', ...(tiles && !tiles.startsWith('https:') ? [tiles] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(isDevelopment ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
