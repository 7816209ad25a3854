import 'server-only';
import { type Actor, isOrgAdmin, isStaff } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * The ideas components an actor may enter in-person ideas into: every one of the organization for staff and
 * organization admins, those of their own spaces for space admins and coordinators. Archived ones are read-only.
 */
export async function findComponentsForInPersonEntry(actor: Actor) {
  const all = isStaff(actor) || isOrgAdmin(actor);
  const spaceIds = actor.spaceRoles.filter((r) => r.role === 'ADMIN' || r.role === 'COORDINATOR').map((r) => r.spaceId);
  if (!all && spaceIds.length === 0) return [];
  return db.component.findMany({
    where: { kind: 'ideas', archivedAt: null, space: { organizationId: actor.organizationId }, ...(all ? {} : { spaceId: { in: spaceIds } }) },
    orderBy: [{ space: { createdAt: 'asc' } }, { position: 'asc' }],
    select: { id: true, name: true, spaceId: true, space: { select: { title: true } } },
  });
}
