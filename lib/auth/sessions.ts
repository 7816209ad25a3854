import 'server-only';
import type { Tx } from '@/lib/db';

export const SESSION_MAX_AGE_S = 30 * 24 * 3600;

export async function createSession(tx: Tx, userId: string, userAgent?: string | null) {
  return tx.session.create({
    data: {
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000),
    },
    select: { id: true },
  });
}

export async function revokeSession(tx: Tx, sessionId: string) {
  await tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** "Sign out everywhere": every browser of the user is signed out on its next request. */
export async function revokeAllSessions(tx: Tx, userId: string, exceptSessionId?: string) {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
