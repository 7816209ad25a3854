import 'server-only';
import type { NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { classifySessionViewer } from '@/lib/auth/session-viewer-class';
import { env } from '@/lib/env';

/**
 * Whether the signed-in visitor of this request is a resident who sees public pages exactly as an anonymous visitor
 * does (docs/decisions/021-pages-shared-with-residents.md). Reads the next-auth cookie the same way next-auth does
 * (an encrypted JWT holding only the database session's id) and classifies the session in one query. Any doubt —
 * no cookie, an undecodable one, an ended session, a role, a membership, an error — answers false, and the page is
 * rendered per request as before.
 */
export async function isPlainResident(request: NextRequest): Promise<boolean> {
  try {
    const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
    // The cookie's name follows lib/auth/next-auth-options.ts (useSecureCookies from NEXTAUTH_URL).
    const token = await getToken({ req: request, secret: NEXTAUTH_SECRET, secureCookie: NEXTAUTH_URL.startsWith('https:') });
    const sid = token?.sid;
    if (typeof sid !== 'string') return false;
    return (await classifySessionViewer(sid)) === 'resident';
  } catch (error) {
    console.error('[page-cache] could not classify the signed-in visitor; rendering per request', error);
    return false;
  }
}
