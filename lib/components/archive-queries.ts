import 'server-only';
import { db } from '@/lib/db';
import { getComponentDefinition } from '@/lib/core/components/registry';
import { type ComponentListItem, listSelect } from './queries';

/**
 * Reads about archived components and component content. Apart from ./queries.ts because they need the registry
 * (each kind counts its own resources), which the kinds' own modules must not import back.
 */

export type ArchivedComponentItem = ComponentListItem & { archivedAt: Date; resourceCount: number | null };

/**
 * The archived components of a space, most recently archived first, with how many resources each holds (null for a
 * kind this installation no longer has, whose content cannot be counted): only empty ones may be deleted.
 */
export async function findArchivedComponents(spaceId: string): Promise<ArchivedComponentItem[]> {
  const rows = await db.component.findMany({
    where: { spaceId, archivedAt: { not: null } },
    orderBy: [{ archivedAt: 'desc' }, { createdAt: 'asc' }],
    select: listSelect,
  });
  return Promise.all(
    rows.map(async (row) => ({ ...row, archivedAt: row.archivedAt!, resourceCount: await countComponentResources(row.kind, row.id) })),
  );
}

/** How many resources the component holds, or null when its kind is not installed (then nothing can be counted). */
export async function countComponentResources(kind: string, componentId: string): Promise<number | null> {
  const definition = getComponentDefinition(kind);
  return definition ? definition.countResources(db, componentId) : null;
}

