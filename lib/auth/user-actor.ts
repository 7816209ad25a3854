import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { isMembershipInForce } from '@/lib/spaces/membership-term';
import type { Actor } from './actor';

/** What an Actor is made of, read with the user (by a session, or by id for work done on a person's behalf). */
export const actorUserSelect = {
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
} satisfies Prisma.UserSelect;

export type ActorUserRow = Prisma.UserGetPayload<{ select: typeof actorUserSelect }>;

/** A person who may act at all: not blocked, email confirmed. */
export function isActiveUser(u: Pick<ActorUserRow, 'blockedAt' | 'emailVerifiedAt'>): boolean {
  return !u.blockedAt && !!u.emailVerifiedAt;
}

export function actorFromUser(u: ActorUserRow, sessionId: string): Actor {
  return {
    userId: u.id,
    sessionId,
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
 * The actors of these people as permission functions see them, for work done without a request (a job deciding who
 * may be told about a post). Blocked and unconfirmed people are left out: they may not act, nor be notified. The
 * session id is empty — nothing done with these actors may touch a session.
 */
export async function loadActorsOfUsers(organizationId: string, userIds: readonly string[]): Promise<Map<string, Actor>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.user.findMany({ where: { organizationId, id: { in: [...userIds] } }, select: actorUserSelect });
  return new Map(rows.filter(isActiveUser).map((u) => [u.id, actorFromUser(u, '')]));
}
