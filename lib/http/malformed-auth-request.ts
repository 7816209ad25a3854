import 'server-only';
import { inspectInput } from '@/lib/core/storable-input';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * Requests to next-auth's routes that next-auth itself answers with a 500: a GET on the credentials callback ("Callback
 * for provider type credentials not supported") and a JSON body that does not parse or is not an object. Fields that
 * PostgreSQL cannot store (NUL, a lone surrogate) are refused too, before they reach a query. Returns the 405/400
 * answer for such a request, or undefined to let next-auth handle it.
 */
export async function refuseMalformedAuthRequest(request: Request, segments: string[] | undefined): Promise<Response | undefined> {
  const [action, provider] = segments ?? [];
  if (action === 'callback' && provider === 'credentials' && request.method !== 'POST') {
    return plain(request, 405, 'methodNotAllowed', { Allow: 'POST' });
  }
  if (request.method !== 'POST') return undefined;
  // next-auth reads exactly these two body types (next-auth/next/utils.js getBody); it ignores any other.
  const contentType = request.headers.get('content-type') ?? '';
  let body: unknown;
  if (contentType.includes('application/json')) {
    try {
      body = JSON.parse(await request.clone().text());
    } catch {
      return plain(request, 400, 'badRequest');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return plain(request, 400, 'badRequest');
  } else if (contentType.includes('application/x-www-form-urlencoded')) {
    body = Object.fromEntries(new URLSearchParams(await request.clone().text()));
  } else {
    return undefined;
  }
  const { badTextPaths, tooComplex } = inspectInput(body);
  return badTextPaths.length > 0 || tooComplex ? plain(request, 400, 'badRequest') : undefined;
}

/** The first supported language of Accept-Language (API calls carry no locale in the path), else Finnish. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}

function plain(request: Request, status: number, message: 'badRequest' | 'methodNotAllowed', headers: Record<string, string> = {}) {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  return new Response(`${translatorFor(locale, 'http')(message)}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale, 'Cache-Control': 'no-store', ...headers },
  });
}
