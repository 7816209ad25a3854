import crypto from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';

/**
 * HTTP for the open data API: CORS for GET (anyone's web page may read public data), validators so that a client
 * polling for changes downloads nothing when nothing changed, and errors as RFC 9457 problem details.
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  'Access-Control-Max-Age': '86400',
} as const;

/** Public data that may change at any moment: caches keep it, but ask again (cheaply, with the validators) each time. */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Answers a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

function httpDate(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString();
}

/** A JSON body serialized once with its validators, ready to answer any number of requests. */
export type PreparedJson = { json: string; etag: string; lastModified: Date | null };

export function prepareJson(body: unknown, lastModified: Date | null): PreparedJson {
  const json = JSON.stringify(body);
  return { json, etag: `"${crypto.createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`, lastModified };
}

/**
 * A JSON answer with a strong ETag (hash of the body) and Last-Modified (the newest change among the items, when
 * known). A request whose If-None-Match matches, or (without If-None-Match) whose If-Modified-Since is not older
 * than Last-Modified, gets 304 without a body.
 */
export function answerJson(request: NextRequest, { json, etag, lastModified }: PreparedJson): Response {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': CACHE_CONTROL,
    ETag: etag,
    Vary: 'Origin',
  };
  if (lastModified) headers['Last-Modified'] = httpDate(lastModified);
  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = request.headers.get('if-modified-since');
  let notModified = false;
  if (ifNoneMatch !== null) {
    notModified = ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
  } else if (ifModifiedSince !== null && lastModified) {
    const since = Date.parse(ifModifiedSince);
    notModified = Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : json, { status: 200, headers });
}

export function jsonWithValidators(request: NextRequest, body: unknown, lastModified: Date | null): Response {
  return answerJson(request, prepareJson(body, lastModified));
}

export type ProblemCode = 'bad-request' | 'not-found';

/** An error answer (RFC 9457) in English: API clients are programs; the detail names the parameter. */
export function problem(status: 400 | 404, code: ProblemCode, title: string, detail?: string): Response {
  return NextResponse.json(
    { type: `about:blank#${code}`, title, status, ...(detail ? { detail } : {}) },
    { status, headers: { ...CORS_HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store' } },
  );
}

/** The newest of some dates, or null for none. */
export function newest(dates: (Date | null | undefined)[]): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}
