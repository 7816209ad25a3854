import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * One-click unsubscribe links (issue 6, 1.6; RFC 8058): every notification mail and newsletter carries a link that
 * stops that kind of mail without signing in. The token names the person and what to stop, signed with the app's
 * secret (HMAC-SHA256) — nothing is stored, and it does not expire: an unsubscribe link in an old mail must still
 * work. It grants nothing else: the only thing a token can do is switch mail off.
 */
export type UnsubscribeScope = string;

const SCOPE = /^[a-z][a-z_]{0,39}$/;
const USER_ID = /^[a-z0-9]{1,40}$/;

function sign(userId: string, scope: string): string {
  return createHmac('sha256', env().NEXTAUTH_SECRET).update(`unsubscribe\n${userId}\n${scope}`).digest('base64url').slice(0, 32);
}

export function makeUnsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  if (!USER_ID.test(userId) || !SCOPE.test(scope)) throw new Error('cannot make an unsubscribe token for that');
  return `${userId}.${scope}.${sign(userId, scope)}`;
}

/** The person and scope of a genuine token, or null for anything else (malformed, forged, another secret's). */
export function readUnsubscribeToken(token: unknown): { userId: string; scope: UnsubscribeScope } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [userId, scope, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !userId || !scope || !signature || !USER_ID.test(userId) || !SCOPE.test(scope)) return null;
  const expected = Buffer.from(sign(userId, scope));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, scope };
}
