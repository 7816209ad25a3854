import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { isMembershipInForce } from '@/lib/spaces/membership-term';
import type { Actor } from './actor';
import { SESSION_TOUCH_INTERVAL_MS } from './session-touch';

/**
 * Loads the actor for a session id, or null when the session is unknown, revoked, expired or the user blocked or
 * unconfirmed. Used by getActor() on every request and by next-auth's jwt callback, so a cookie of an ended session
 * neither acts nor gets renewed.
 */
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
          organization: { select: { timeZone: true } },
          email: true,
          displayName: true,
          preferredLocale: true,
          blockedAt: true,
          emailVerifiedAt: true,
          orgRoles: { select: { role: true } },
          spaceRoles: { select: { spaceId: true, role: true } },
          // Only memberships in force today open private spaces (lib/spaces/membership-term.ts).
          memberships: { select: { spaceId: true, startDate: true, endDate: true } },
        },
      },
    },
  });
  if (!row || row.revokedAt || row.expiresAt < new Date() || row.user.blockedAt || !row.user.emailVerifiedAt) return null;
  if (Date.now() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
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
    memberSpaceIds: u.memberships.filter((m) => isMembershipInForce(m, u.organization.timeZone)).map((m) => m.spaceId),
  };
}

/**
 * The same, remembered for the rest of one server render: next-auth's jwt callback and getActor() both check the
 * session, and a page should not pay for it twice. (Outside a render React's cache does not remember anything.)
 */
export const loadActorBySessionOnce = cache(loadActorBySession);

