import { type Actor, hasSpaceRole, isOrgAdmin } from '@/lib/auth/actor';

/**
 * Who moderates (issue 7): organization admins everything, a space's admins and moderators that space. Pure
 * functions of the actor; queries put the same scope in their WHERE (./queries.ts).
 */
export function canModerateSpace(actor: Actor | null, spaceId: string): boolean {
  return isOrgAdmin(actor) || hasSpaceRole(actor, spaceId, ['ADMIN', 'MODERATOR']);
}

/** Whether the person moderates anything at all: the admin menu shows the queue to them. */
export function canModerateAnything(actor: Actor | null): boolean {
  return isOrgAdmin(actor) || !!actor?.spaceRoles.some((r) => r.role === 'ADMIN' || r.role === 'MODERATOR');
}

/** The spaces whose cases an actor sees, or 'all' for an organization admin. */
export function moderatedSpaceIds(actor: Actor): 'all' | string[] {
  if (isOrgAdmin(actor)) return 'all';
  return [...new Set(actor.spaceRoles.filter((r) => r.role === 'ADMIN' || r.role === 'MODERATOR').map((r) => r.spaceId))];
}
