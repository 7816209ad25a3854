import { type Actor, hasSpaceRole, isOrgAdmin } from '@/lib/auth/actor';

/** Space roles that may write newsletters to the space's and its areas' followers. */
export const NEWSLETTER_SPACE_ROLES = ['ADMIN', 'COORDINATOR'] as const;

/** Whether the actor may open the newsletters admin at all: organization admins and coordinators of some space. */
export function canWriteNewsletters(actor: Actor | null): boolean {
  return isOrgAdmin(actor) || (!!actor && actor.spaceRoles.some((r) => (NEWSLETTER_SPACE_ROLES as readonly string[]).includes(r.role)));
}

/** Whether the actor may see and change one newsletter: its organization's admins, or its space's coordinators. */
export function canManageNewsletter(actor: Actor | null, newsletter: { organizationId: string; spaceId: string | null }): boolean {
  if (!actor || actor.organizationId !== newsletter.organizationId) return false;
  if (isOrgAdmin(actor)) return true;
  return !!newsletter.spaceId && hasSpaceRole(actor, newsletter.spaceId, NEWSLETTER_SPACE_ROLES);
}

/** The spaces whose newsletters the actor manages (null = every space: an organization admin). */
export function newsletterSpaceScope(actor: Actor): string[] | null {
  if (isOrgAdmin(actor)) return null;
  return [...new Set(actor.spaceRoles.filter((r) => (NEWSLETTER_SPACE_ROLES as readonly string[]).includes(r.role)).map((r) => r.spaceId))];
}
