import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/core/errors';
import { z } from '@/lib/core/zod';
import { getCurrentOrganization } from '@/lib/organization/current';
import { dummyPasswordHash, verifyPassword } from './password';
import { consumeRateLimit, refundRateLimit, resetRateLimit } from './rate-limit';
import { createSession } from './sessions';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});

/**
 * Verifies email and password and opens a session. Failed attempts count against both the account and the
 * address; a blocked or unconfirmed account cannot sign in.
 */
export async function signInWithPassword(input: unknown, ip: string | null, userAgent: string | null) {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_CREDENTIALS');
  const { email, password } = parsed.data;
  // Points are taken before the slow password check (and given back on success), so a burst of parallel guesses
  // cannot all pass a counter that has not been incremented yet.
  if (ip) await consumeRateLimit('signInIp', ip);
  await consumeRateLimit('signInAccount', email);

  const org = await getCurrentOrganization();
  const user = await db.user.findUnique({
    where: { organizationId_email: { organizationId: org.id, email } },
    select: { id: true, passwordHash: true, emailVerifiedAt: true, blockedAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.blockedAt) throw new AppError('INVALID_CREDENTIALS');
  await resetRateLimit('signInAccount', email);
  if (ip) await refundRateLimit('signInIp', ip);
  if (!user.emailVerifiedAt) throw new AppError('EMAIL_NOT_CONFIRMED');
  const session = await createSession(db, user.id, userAgent);
  return { userId: user.id, sessionId: session.id };
}
