// @ts-check
// The checks that scripts/serve.mjs makes before a request reaches Next.js (docs/decisions/015-request-guard.md).
// Each one answers something that Next.js would otherwise turn into a 500 before any of the app's code runs:
//   - a path that is not valid percent-encoding (/fi/%ff)                       → 400, localized page
//   - a server-action request from a foreign Origin (Next.js trusts X-Forwarded-Host) → 403
//   - a server-action body over the limit                                        → 413
//   - a server-action body that React's decoder cannot decode                    → 400
// Everything here is a pure function of the request's method, URL, headers and body, so it is unit-tested directly
// (scripts/request-guard.test.ts) and exercised end to end by tests/e2e/fuzz.spec.ts.

import { checkReply, checkTextReply } from './server-action-reply.mjs';

/**
 * @typedef {Record<string, string | string[] | undefined>} Headers
 * @typedef {{ status: 400 | 403 | 413, message: 'badAddress' | 'badRequest' | 'foreignOrigin' | 'tooLarge', reason: string }} Refusal
 */

/**
 * True when every segment of the path decodes (Next.js decodes path segments and answers a failure with a 500).
 * @param {string} url the request target, e.g. "/fi/spaces/%ff?x=1"
 */
export function isDecodablePath(url) {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    for (const segment of path.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** @param {Headers} headers @param {string} name */
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * How Next.js would treat a request (next/dist/server/lib/server-action-request-meta.js): a POST with a Next-Action
 * header is a "fetch action", any multipart POST may be a form ("MPA") action. Those are the requests whose bodies
 * Next.js decodes itself.
 * @param {string | undefined} method
 * @param {Headers} headers
 * @returns {'fetch' | 'form' | undefined}
 */
export function serverActionKind(method, headers) {
  if (method !== 'POST') return undefined;
  if (typeof header(headers, 'next-action') === 'string') return 'fetch';
  if ((header(headers, 'content-type') ?? '').startsWith('multipart/form-data')) return 'form';
  return undefined;
}

/**
 * The hosts (host[:port]) that may call server actions: the app's own public address only. The Host and
 * X-Forwarded-Host headers are not consulted, because a client can set them; APP_URL cannot be.
 * @param {string | undefined} appUrl
 */
export function allowedActionHosts(appUrl) {
  return [new URL(appUrl || 'http://localhost:3000').host];
}

/**
 * Origin check of a server-action request. A request without Origin is let through like Next.js does (browsers always
 * send it on a cross-site POST; a hand-made request carries no one else's cookies).
 * @param {Headers} headers
 * @param {string[]} allowedHosts
 * @returns {Refusal | undefined}
 */
export function checkOrigin(headers, allowedHosts) {
  const origin = header(headers, 'origin');
  if (origin === undefined) return undefined;
  let host;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined; // "null" (sandboxed frame, file:) or garbage
  }
  if (host && allowedHosts.includes(host)) return undefined;
  return { status: 403, message: 'foreignOrigin', reason: `origin ${origin.slice(0, 100)} is not allowed` };
}

/**
 * Refusal by Content-Length alone, before reading the body.
 * @param {Headers} headers
 * @param {number} limitBytes
 * @returns {Refusal | undefined}
 */
export function checkDeclaredLength(headers, limitBytes) {
  const declared = Number(header(headers, 'content-length'));
  return declared > limitBytes ? tooLarge(limitBytes) : undefined;
}

/** @param {number} limitBytes @returns {Refusal} */
export function tooLarge(limitBytes) {
  return { status: 413, message: 'tooLarge', reason: `body over ${limitBytes} bytes` };
}

/**
 * Checks a whole server-action body.
 * @param {'fetch' | 'form'} kind
 * @param {Headers} headers
 * @param {Buffer} body
 * @returns {Promise<Refusal | undefined>}
 */
export async function checkActionBody(kind, headers, body) {
  const contentType = header(headers, 'content-type') ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    if (!/;\s*boundary=("?)[^";]+\1\s*(;|$)/i.test(contentType)) return badRequest('multipart without a boundary');
    let form;
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    } catch {
      return badRequest('multipart body does not parse');
    }
    if (kind === 'fetch') {
      const check = checkReply(form);
      return check.ok ? undefined : badRequest(check.reason);
    }
    // A form (MPA) action: Next.js checks $ACTION_ID_<id> itself; bound arguments ($ACTION_REF_…) are another reply
    // to decode, and no form of this app posts them.
    for (const name of form.keys()) {
      if (name.startsWith('$ACTION_') && !name.startsWith('$ACTION_ID_')) return badRequest(`unsupported field ${name.slice(0, 40)}`);
    }
    return undefined;
  }
  // A fetch action with any other body: Next.js decodes it as a text reply. (A urlencoded one it ignores.)
  if (contentType === 'application/x-www-form-urlencoded') return undefined;
  const check = checkTextReply(body.toString('utf8'));
  return check.ok ? undefined : badRequest(check.reason);
}

/** @param {string} reason @returns {Refusal} */
function badRequest(reason) {
  return { status: 400, message: 'badRequest', reason };
}
