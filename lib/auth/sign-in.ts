import 'server-only';
import { setTimeout as sleepFor } from 'node:timers/promises';
import { db } from '@/lib/db';
import { AppError } from '@/lib/core/errors';
import { z } from '@/lib/core/zod';
import { getCurrentOrganization } from '@/lib/organization/current';
import { dummyPasswordHash, verifyPassword } from './password';
import { consumeRateLimit, refundRateLimit, resetRateLimit } from './rate-limit';
import { createSession } from './sessions';
import { signInDelayMs } from './sign-in-delay';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type SignInOptions = {
  /** How the growing per-account delay is waited; tests pass a recorder. */
  sleep?: (ms: number) => Promise<unknown>;
};

/** The (account, address) pair that a hard lock applies to. */
function pairKey(email: string, ip: string | null): string {
  return `${email}\n${ip ?? 'unknown'}`;
}

/**
 * Verifies email and password and opens a session; a blocked or unconfirmed account cannot sign in.
 *
 * Limits (docs/decisions/013-sign-in-lockout.md): ten failures lock the (account, address) pair for 15 minutes, so
 * a guesser locks out only their own address. The account itself is never locked: each attempt on it waits a
 * delay that grows with the recent failures from every address, capped, so the owner's right password still gets
 * through from their own address. The wait comes before the password check and applies to every attempt, so a
 * guesser cannot learn the answer sooner by giving up early. Unknown addresses wait the same.
 */
export async function signInWithPassword(input: unknown, ip: string | null, userAgent: string | null, options: SignInOptions = {}) {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_CREDENTIALS');
  const { email, password } = parsed.data;
  // Points are taken before the slow password check (and given back on success), so a burst of parallel guesses
  // cannot all pass a counter that has not been incremented yet.
  if (ip) await consumeRateLimit('signInIp', ip);
  await consumeRateLimit('signInPair', pairKey(email, ip));
  const attempt = await consumeRateLimit('signInAccountAttempts', email);
  const delay = signInDelayMs(attempt);
  if (delay > 0) await (options.sleep ?? sleepFor)(delay);

  const org = await getCurrentOrganization();
  const user = await db.user.findUnique({
    where: { organizationId_email: { organizationId: org.id, email } },
    select: { id: true, passwordHash: true, emailVerifiedAt: true, blockedAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.blockedAt) throw new AppError('INVALID_CREDENTIALS');
  // The owner's success clears their address's failures and is not counted as a guess; failures from other
  // addresses stay counted, so an ongoing attack keeps being slowed down.
  await resetRateLimit('signInPair', pairKey(email, ip));
  await refundRateLimit('signInAccountAttempts', email);
  if (ip) await refundRateLimit('signInIp', ip);
  if (!user.emailVerifiedAt) throw new AppError('EMAIL_NOT_CONFIRMED');
  const session = await createSession(db, user.id, userAgent);
  return { userId: user.id, sessionId: session.id };
}
