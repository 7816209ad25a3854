import type { Prisma } from '@/generated/prisma/client';
import { type Actor, isOrgAdmin } from '@/lib/auth/actor';

/**
 * The spaces an actor may see, as a WHERE clause: published and public, published and the actor is a member, or
 * the actor prepares the space (role holder, organization admin). It mirrors canViewSpace (./permissions.ts), which
 * callers still apply to every row as the one definition of who may see a space.
 */
export function visibleSpacesWhere(actor: Actor | null, organizationId: string): Prisma.SpaceWhereInput {
  const own = !!actor && actor.organizationId === organizationId;
  if (own && isOrgAdmin(actor)) return { organizationId };
  const anyOf: Prisma.SpaceWhereInput[] = [{ isPublished: true, isPrivate: false }];
  if (own && actor.memberSpaceIds.length > 0) anyOf.push({ isPublished: true, id: { in: [...actor.memberSpaceIds] } });
  const staffSpaceIds = own ? [...new Set(actor.spaceRoles.map((r) => r.spaceId))] : [];
  if (staffSpaceIds.length > 0) anyOf.push({ id: { in: staffSpaceIds } });
  return { organizationId, OR: anyOf };
}
