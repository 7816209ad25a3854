import { locales } from '@/lib/i18n/config';

/**
 * A `returnTo` target is followed only when it is a path on this site: it starts with one "/" (not "//" or "/\",
 * which browsers treat as another host), so a crafted sign-in link cannot send people elsewhere.
 */
export function safeReturnTo(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  for (const ch of value) if (ch.charCodeAt(0) < 0x20 || ch === '\\') return null;
  // Resolve dot segments ("/fi/..//evil.example" → "//evil.example") and check the result, not the input.
  const resolved = new URL(value, 'http://localhost');
  if (resolved.origin !== 'http://localhost' || resolved.pathname.startsWith('//')) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/**
 * Where to go after signing in: the safe `returnTo` with this locale's prefix added when it has none (page guards
 * pass paths without the prefix, e.g. /admin/organization), else the front page of the locale.
 */
export function signInTarget(returnTo: unknown, locale: string): string {
  const safe = safeReturnTo(returnTo);
  if (!safe) return `/${locale}`;
  const hasLocale = locales.some((l) => safe === `/${l}` || safe.startsWith(`/${l}/`) || safe.startsWith(`/${l}?`));
  return hasLocale ? safe : `/${locale}${safe === '/' ? '' : safe}`;
}
