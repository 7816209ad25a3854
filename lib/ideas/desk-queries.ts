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

/**
 * The ideas components an official manages (organization admins: all; space admins and coordinators: their spaces'),
 * with how many ideas are published and how many still wait for an evaluator — the coordinator's way in from the
 * desk to each component's table, statistics and summary. Three queries whatever the number of components.
 */
export async function findManagedIdeaComponents(actor: Actor) {
  const all = isOrgAdmin(actor);
  const spaceIds = actor.spaceRoles.filter((r) => r.role === 'ADMIN' || r.role === 'COORDINATOR').map((r) => r.spaceId);
  if (!all && spaceIds.length === 0) return [];
  const components = await db.component.findMany({
    where: { kind: 'ideas', archivedAt: null, space: { organizationId: actor.organizationId }, ...(all ? {} : { spaceId: { in: spaceIds } }) },
    orderBy: [{ space: { createdAt: 'asc' } }, { position: 'asc' }],
    select: { id: true, name: true, spaceId: true, space: { select: { title: true } } },
  });
  const ids = components.map((c) => c.id);
  const [published, unassigned] = await Promise.all([
    db.idea.groupBy({ by: ['componentId'], where: { componentId: { in: ids }, publishedAt: { not: null } }, _count: { _all: true } }),
    db.idea.groupBy({
      by: ['componentId'],
      where: { componentId: { in: ids }, publishedAt: { not: null }, state: { in: ['SUBMITTED', 'UNDER_REVIEW'] }, assignments: { none: {} } },
      _count: { _all: true },
    }),
  ]);
  const count = (rows: typeof published, id: string) => rows.find((r) => r.componentId === id)?._count._all ?? 0;
  return components.map((c) => ({ ...c, published: count(published, c.id), unassigned: count(unassigned, c.id) }));
}
