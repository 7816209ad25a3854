import 'server-only';
import { isPlausibleId } from '@/lib/core/identifiers';
import { db } from '@/lib/db';

/**
 * Pages belong to their component; callers have already loaded the component within the actor's organization and
 * checked the kind's permissions, so these queries take the component id only.
 */
export type PageRow = { id: string; slug: string; title: unknown; body: unknown; position: number };

const pageSelect = { id: true, slug: true, title: true, body: true, position: true } as const;

export async function findPages(componentId: string): Promise<PageRow[]> {
  return db.page.findMany({
    where: { componentId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: pageSelect,
  });
}

export async function getPage(componentId: string, pageId: string): Promise<PageRow | null> {
  if (!isPlausibleId(componentId) || !isPlausibleId(pageId)) return null;
  return db.page.findFirst({ where: { id: pageId, componentId }, select: pageSelect });
}
