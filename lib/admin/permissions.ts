import { type Actor, isOrgAdmin } from '@/lib/auth/actor';

/** Who may open the admin area at all: organization admins and anyone holding a role in some space. */
export function canAccessAdmin(actor: Actor | null): boolean {
  return isOrgAdmin(actor) || (!!actor && actor.spaceRoles.length > 0);
}

/** Organization-wide administration: settings, areas, users and roles, audit log, outbox. */
export function canManageOrganization(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}
