// @ts-check
// The answer scripts/serve.mjs gives when scripts/request-guard.mjs refuses a request: a short message in the user's
// language (messages/<locale>/http.json) — a small HTML page for a browser's navigation, plain text for a server
// action or an API call. It is written here, not rendered by Next.js, because Next.js cannot take these requests.

import fs from 'node:fs';
import path from 'node:path';

const LOCALES = /** @type {const} */ (['fi', 'sv', 'en']);
/** @typedef {(typeof LOCALES)[number]} Locale */

/**
 * The locale of the path prefix (/fi, /sv, /en), else the first supported language of Accept-Language, else Finnish.
 * @param {string} url
 * @param {string | undefined} acceptLanguage
 * @returns {Locale}
 */
export function pickLocale(url, acceptLanguage) {
  const first = url.split(/[/?#]/)[1];
  const fromPath = LOCALES.find((l) => l === first);
  if (fromPath) return fromPath;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    const match = LOCALES.find((l) => l === tag);
    if (match) return match;
  }
  return 'fi';
}

/** @type {Map<Locale, Record<string, string>>} */
const cache = new Map();

/** @param {string} root @param {Locale} locale */
function messages(root, locale) {
  let hit = cache.get(locale);
  if (!hit) {
    hit = /** @type {Record<string, string>} */ (JSON.parse(fs.readFileSync(path.join(root, 'messages', locale, 'http.json'), 'utf8')));
    cache.set(locale, hit);
  }
  return hit;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @param {{ root: string, status: number, message: string, url: string, headers: Record<string, string | string[] | undefined>,
 *           params?: Record<string, string | number> }} input
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
export function guardResponse({ root, status, message, url, headers, params = {} }) {
  const acceptLanguage = typeof headers['accept-language'] === 'string' ? headers['accept-language'] : undefined;
  const locale = pickLocale(url, acceptLanguage);
  const texts = messages(root, locale);
  const fill = (/** @type {string} */ text) => text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? `{${name}}`));
  const text = fill(texts[message] ?? texts.badRequest ?? '');
  const common = {
    'Cache-Control': 'no-store',
    'Content-Language': locale,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
  };
  const accept = typeof headers.accept === 'string' ? headers.accept : '';
  const wantsPage = headers['next-action'] === undefined && !url.startsWith('/api/') && accept.includes('text/html');
  if (!wantsPage) return { status, headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8' }, body: `${text}\n` };

  const title = fill(texts[`${message}Title`] ?? texts.badRequestTitle ?? '');
  const body = `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/${locale}">${escapeHtml(texts.frontPage ?? '')}</a></p></main>
</body>
</html>
`;
  return {
    status,
    headers: {
      ...common,
      'Content-Type': 'text/html; charset=utf-8',
      // Nothing but this page's own inline style; no scripts at all.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    body,
  };
}
