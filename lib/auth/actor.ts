import type { OrganizationRoleKind, SpaceRoleKind } from '@/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/config';

/**
 * The signed-in person as permission functions see it. Pure data: permission functions take an Actor (or null for
 * an anonymous visitor) and never query the database themselves.
 */
export type Actor = {
  userId: string;
  sessionId: string;
  organizationId: string;
  email: string;
  displayName: string;
  locale: Locale;
  orgRoles: readonly OrganizationRoleKind[];
  spaceRoles: readonly { spaceId: string; role: SpaceRoleKind }[];
  /** Spaces where the person is a listed member (members may see private spaces). */
  memberSpaceIds: readonly string[];
};

export function isOrgAdmin(actor: Actor | null): boolean {
  return !!actor && actor.orgRoles.includes('ADMIN');
}

export function isStaff(actor: Actor | null): boolean {
  return !!actor && (actor.orgRoles.includes('STAFF') || actor.orgRoles.includes('ADMIN'));
}

export function hasSpaceRole(actor: Actor | null, spaceId: string, roles: readonly SpaceRoleKind[]): boolean {
  return !!actor && actor.spaceRoles.some((r) => r.spaceId === spaceId && roles.includes(r.role));
}
