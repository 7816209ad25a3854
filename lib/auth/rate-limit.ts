import 'server-only';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@/lib/core/errors';
import { env } from '@/lib/env';

/**
 * Rate limits kept in PostgreSQL (table rate_limits, created by a migration) so they hold across app instances.
 * Per-IP limits are generous because a whole school class may sign in from one address; per-account limits are
 * strict because they protect one password.
 */
export const RATE_LIMITS = {
  signInAccount: { points: 10, duration: 15 * 60 },
  signInIp: { points: 200, duration: 15 * 60 },
  registerIp: { points: 60, duration: 60 * 60 },
  resetAccount: { points: 5, duration: 60 * 60 },
  resetIp: { points: 60, duration: 60 * 60 },
  /** Public forms without an account (accessibility feedback): enough for a class, not for a flood. */
  feedbackIp: { points: 30, duration: 60 * 60 },
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

/** Throws RATE_LIMITED when the key has used up its points, without consuming one. */
export async function assertNotRateLimited(name: RateLimitName, key: string): Promise<void> {
  const res = await limiter(name).get(key);
  if (res && res.consumedPoints >= RATE_LIMITS[name].points) throw new AppError('RATE_LIMITED');
}

/** Consumes one point; throws RATE_LIMITED when the limit is exceeded. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError('RATE_LIMITED');
    throw error;
  }
}

export async function resetRateLimit(name: RateLimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

/** The client's address: the first X-Forwarded-For hop only when TRUST_PROXY is set (behind a load balancer). */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  if (env().TRUST_PROXY) {
    const forwarded = get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
    const real = get('x-real-ip');
    if (real) return real;
  }
  // Without a trusted proxy the socket address is not visible to route handlers; all clients share one bucket.
  return 'direct';
}
