import 'server-only';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@/lib/core/errors';
import { env } from '@/lib/env';

/**
 * Rate limits kept in PostgreSQL (table rate_limits, created by a migration) so they hold across app instances.
 * Per-IP limits are generous because a whole school class may sign in from one address.
 *
 * Sign-in (docs/decisions/013-sign-in-lockout.md): a hard lock only per (account, address) pair, so a guesser locks
 * out their own address and never the owner; per account alone a growing delay (signInAccountAttempts counts the
 * attempts, see ./sign-in-delay.ts), which slows every guesser down but lets the right password through.
 */
export const RATE_LIMITS = {
  signInPair: { points: 10, duration: 15 * 60 },
  /** Counts attempts per account for the delay only; never refuses (the points are out of reach). */
  signInAccountAttempts: { points: 1_000_000, duration: 15 * 60 },
  signInIp: { points: 200, duration: 15 * 60 },
  /** Password re-checks of a signed-in person (key: the user id); a stolen session cannot try passwords freely. */
  reauthAccount: { points: 10, duration: 15 * 60 },
  registerIp: { points: 60, duration: 60 * 60 },
  resetAccount: { points: 5, duration: 60 * 60 },
  resetIp: { points: 60, duration: 60 * 60 },
  /** Setting a new password with a link: per address, and per link (keyed by the token's hash, never the token). */
  resetAttemptIp: { points: 30, duration: 60 * 60 },
  resetAttemptToken: { points: 5, duration: 60 * 60 },
  /** Public forms without an account (accessibility feedback): enough for a class, not for a flood. */
  feedbackIp: { points: 30, duration: 60 * 60 },
  /** Comments per account (key: the user id): a lively conversation fits, a script flooding a thread does not. */
  commentAccountMinute: { points: 5, duration: 60 },
  commentAccountHour: { points: 60, duration: 60 * 60 },
  /** Residents' new debates per account (key: the user id): a debate is a topic, not a message. */
  debateAccountHour: { points: 5, duration: 60 * 60 },
  /** Residents' new idea drafts per account (key: the user id): a workshop's worth, not a script's. */
  ideaAccountHour: { points: 20, duration: 60 * 60 },
  /** Co-author invitations per account (key: the user id): each may notify and mail someone, so not a flood. */
  ideaCoauthorInviteHour: { points: 10, duration: 60 * 60 },
  /** Flags per account: enough to report a spam wave, not to hide a whole thread by script. */
  flagAccount: { points: 30, duration: 60 * 60 },
} as const;
export type RateLimitName = keyof typeof RATE_LIMITS;

const globalForLimiter = globalThis as unknown as { rateLimitPool?: pg.Pool; limiters?: Map<string, RateLimiterPostgres> };

function pool(): pg.Pool {
  globalForLimiter.rateLimitPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 2, allowExitOnIdle: true });
  return globalForLimiter.rateLimitPool;
}

function limiter(name: RateLimitName): RateLimiterPostgres {
  globalForLimiter.limiters ??= new Map();
  let l = globalForLimiter.limiters.get(name);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      ...RATE_LIMITS[name],
    });
    globalForLimiter.limiters.set(name, l);
  }
  return l;
}

/**
 * The stored key: a hash, so that emails and addresses are not kept in plain text and long ones still fit the
 * key column (255 characters with the prefix).
 */
function storageKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** Consumes one point; throws RATE_LIMITED when the limit is exceeded. Returns how many points the key has used. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<number> {
  try {
    return (await limiter(name).consume(storageKey(key))).consumedPoints;
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError('RATE_LIMITED');
    throw error;
  }
}

/** Gives back one point taken before an attempt that turned out fine (e.g. a correct password). */
export async function refundRateLimit(name: RateLimitName, key: string): Promise<void> {
  await limiter(name).reward(storageKey(key), 1);
}

export async function resetRateLimit(name: RateLimitName, key: string): Promise<void> {
  await limiter(name).delete(storageKey(key));
}

/**
 * The client's address for per-IP limits: the LAST X-Forwarded-For hop. Next.js fills the header with the socket
 * address when a request arrives without one, and a load balancer appends the address it saw, so the last hop is
 * the one no client can choose (values a client sends itself stand to the left). Limitation: a client talking to
 * Next.js directly can send its own header, so per-IP limits need a load balancer in front (README); the per-account
 * limits hold either way.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const hops = (value ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  return hops[hops.length - 1]?.slice(0, 100) ?? 'unknown';
}
