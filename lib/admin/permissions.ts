import { type Actor, isOrgAdmin, isStaff } from '@/lib/auth/actor';

/**
 * Who may open the admin area at all: organization admins, anyone holding a role in some space, and staff (who enter
 * ideas collected in person at the ideas desk).
 */
export function canAccessAdmin(actor: Actor | null): boolean {
  return isOrgAdmin(actor) || isStaff(actor) || (!!actor && actor.spaceRoles.length > 0);
}

/** Organization-wide administration: settings, areas, users and roles, audit log, outbox. */
export function canManageOrganization(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}
