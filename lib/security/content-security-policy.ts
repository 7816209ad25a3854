/**
 * The Content-Security-Policy of every page. Scripts run only with the per-request nonce that Next.js puts on its
 * own scripts ('strict-dynamic' lets those load their chunks), so injected markup cannot run script even if it got
 * past React's escaping. Styles allow inline style attributes because Leaflet positions map panes with them.
 * Images come only from the app itself, the hosts of IMAGE_HOSTS (hero images on the city's web site or image bank)
 * and the map tile server (MAP_TILE_URL, which may be plain http inside a city network): any other host would learn
 * which resident read which page (lib/security/image-hosts.ts, ADR 017).
 */
import { imageHostSources } from './image-hosts';

export function tileImageSource(tileUrl: string | undefined): string | null {
  if (!tileUrl) return null;
  const origin = /^(https?:\/\/[^/]+)/i.exec(tileUrl.trim())?.[1];
  if (!origin) return null;
  // "{s}" subdomain templates become a wildcard host, which CSP supports ("https://*.tile.example.org").
  const source = origin.replace(/\{s\}/g, '*');
  return /^https?:\/\/[a-z0-9*.-]+(:\d+)?$/i.test(source) ? source : null;
}

export function contentSecurityPolicy({
  nonce,
  tileUrl,
  imageHosts = [],
  isDevelopment,
}: {
  nonce: string;
  tileUrl?: string;
  /** IMAGE_HOSTS, parsed (lib/security/image-hosts.ts) */
  imageHosts?: readonly string[];
  isDevelopment: boolean;
}): string {
  const tiles = tileImageSource(tileUrl);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // next dev evaluates modules with eval() for fast refresh; production never needs it.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': [...new Set(["'self'", 'data:', 'blob:', ...imageHostSources(imageHosts), ...(tiles ? [tiles] : [])])],
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
