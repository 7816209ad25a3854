import type { Prisma } from '@/generated/prisma/client';
import { type Actor, isOrgAdmin } from '@/lib/auth/actor';
import { visibleSpacesWhere } from '@/lib/spaces/visibility';

/**
 * The components an actor may read, as a WHERE clause (issue 6, 1.2): not archived, in a space the actor may see
 * (visibleSpacesWhere: published and public, a membership in force, or a role), and published — or unpublished in a
 * space the actor prepares (organization admin, space ADMIN or COORDINATOR). It mirrors the kinds' `read`
 * permission (canReadPages: canViewSpace and published-or-canManageComponents); a test holds the two together.
 */
export function readableComponentsWhere(actor: Actor | null, organizationId: string): Prisma.ComponentWhereInput {
  const own = !!actor && actor.organizationId === organizationId;
  const base: Prisma.ComponentWhereInput = { archivedAt: null, space: visibleSpacesWhere(actor, organizationId) };
  if (own && isOrgAdmin(actor)) return base;
  const preparing = own ? [...new Set(actor.spaceRoles.filter((r) => r.role === 'ADMIN' || r.role === 'COORDINATOR').map((r) => r.spaceId))] : [];
  return { ...base, OR: [{ isPublished: true }, ...(preparing.length > 0 ? [{ spaceId: { in: preparing } }] : [])] };
}
