import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { db } from '@/lib/db';
import { AppError } from '@/lib/core/errors';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { authOptions } from './next-auth-options';
import type { Actor } from './actor';

const TOUCH_INTERVAL_MS = 5 * 60_000;

/** Loads the actor for a session id, or null when the session is unknown, revoked, expired or the user blocked. */
export async function loadActorBySession(sessionId: string): Promise<Actor | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          organizationId: true,
          email: true,
          displayName: true,
          preferredLocale: true,
          blockedAt: true,
          emailVerifiedAt: true,
          orgRoles: { select: { role: true } },
          spaceRoles: { select: { spaceId: true, role: true } },
          memberships: { select: { spaceId: true } },
        },
      },
    },
  });
  if (!row || row.revokedAt || row.expiresAt < new Date() || row.user.blockedAt || !row.user.emailVerifiedAt) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date() } });
  }
  const u = row.user;
  return {
    userId: u.id,
    sessionId: row.id,
    organizationId: u.organizationId,
    email: u.email,
    displayName: u.displayName,
    locale: isLocale(u.preferredLocale) ? u.preferredLocale : defaultLocale,
    orgRoles: u.orgRoles.map((r) => r.role),
    spaceRoles: u.spaceRoles,
    memberSpaceIds: u.memberships.map((m) => m.spaceId),
  };
}

/** The signed-in actor of this request, or null. Every page, action and route handler calls this itself. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (typeof sid !== 'string') return null;
  return loadActorBySession(sid);
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}
