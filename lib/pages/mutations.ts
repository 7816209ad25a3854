import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError, isUniqueViolation } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import { pagesPermissions } from './permissions';
import { type MoveDirection, type PageFormValues, PageInputSchema } from './schema';
import { loadManagedComponentOfKind } from '@/lib/components/load-managed-component';

/**
 * Writes of the Pages kind. Each runs in one transaction with its audit record. The component is re-read inside the
 * transaction scoped to the actor's organization and the kind's `manage` permission is applied again, so an id from
 * another municipality or another kind is NOT_FOUND and a caller that forgot a check still cannot write.
 */
function loadPagesComponent(tx: Tx, actor: Actor, componentId: string) {
  return loadManagedComponentOfKind(tx, actor, componentId, 'pages', pagesPermissions.manage);
}

function slugTaken(): AppError {
  return new AppError('INVALID_INPUT', 'slug taken', { slug: [encodeMessage('slugTaken')] });
}

async function assertSlugFree(tx: Tx, componentId: string, slug: string, exceptPageId?: string) {
  const clash = await tx.page.findFirst({
    where: { componentId, slug, ...(exceptPageId ? { id: { not: exceptPageId } } : {}) },
    select: { id: true },
  });
  if (clash) throw slugTaken();
}

/** A concurrent insert of the same slug passes the pre-check; the unique index then decides. */
function mapUnique(error: unknown): never {
  if (isUniqueViolation(error, 'slug')) throw slugTaken();
  throw error;
}

export async function createPage(actor: Actor, componentId: string, input: PageFormValues): Promise<{ id: string; slug: string }> {
  const data = parseInput(PageInputSchema, input);
  return db
    .$transaction(async (tx) => {
      const component = await loadPagesComponent(tx, actor, componentId);
      await assertSlugFree(tx, component.id, data.slug);
      const last = await tx.page.aggregate({ where: { componentId: component.id }, _max: { position: true } });
      const page = await tx.page.create({
        data: { componentId: component.id, slug: data.slug, title: data.title, body: data.body, position: (last._max.position ?? -1) + 1 },
        select: { id: true, slug: true, position: true },
      });
      await writeAudit(tx, actor, {
        action: 'page.create',
        targetType: 'Page',
        targetId: page.id,
        spaceId: component.spaceId,
        after: { componentId: component.id, ...data, position: page.position },
      });
      return { id: page.id, slug: page.slug };
    })
    .catch(mapUnique);
}

export async function updatePage(actor: Actor, componentId: string, pageId: string, input: PageFormValues): Promise<{ id: string; slug: string }> {
  const data = parseInput(PageInputSchema, input);
  return db
    .$transaction(async (tx) => {
      const component = await loadPagesComponent(tx, actor, componentId);
      const before = await tx.page.findFirst({
        where: { id: pageId, componentId: component.id },
        select: { id: true, slug: true, title: true, body: true },
      });
      if (!before) throw new AppError('NOT_FOUND', 'page not found');
      await assertSlugFree(tx, component.id, data.slug, before.id);
      const page = await tx.page.update({
        where: { id: before.id },
        data: { slug: data.slug, title: data.title, body: data.body },
        select: { id: true, slug: true },
      });
      await writeAudit(tx, actor, {
        action: 'page.update',
        targetType: 'Page',
        targetId: page.id,
        spaceId: component.spaceId,
        before: { slug: before.slug, title: before.title, body: before.body },
        after: data,
      });
      return page;
    })
    .catch(mapUnique);
}

export async function deletePage(actor: Actor, componentId: string, pageId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadPagesComponent(tx, actor, componentId);
    const before = await tx.page.findFirst({
      where: { id: pageId, componentId: component.id },
      select: { id: true, slug: true, title: true, body: true, position: true },
    });
    if (!before) throw new AppError('NOT_FOUND', 'page not found');
    await tx.page.delete({ where: { id: before.id } });
    await writeAudit(tx, actor, { action: 'page.delete', targetType: 'Page', targetId: before.id, spaceId: component.spaceId, before });
  });
}

/**
 * Swaps a page with its neighbour. Positions are rewritten as 0..n-1 in the current order, which also repairs
 * duplicates left by older data, so the order shown is always the order stored.
 */
export async function movePage(actor: Actor, componentId: string, pageId: string, direction: MoveDirection): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadPagesComponent(tx, actor, componentId);
    const pages = await tx.page.findMany({
      where: { componentId: component.id },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, position: true },
    });
    const index = pages.findIndex((p) => p.id === pageId);
    if (index < 0) throw new AppError('NOT_FOUND', 'page not found');
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= pages.length) return;
    const order = pages.map((p) => p.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries()) {
      if (pages.find((p) => p.id === id)?.position !== position) await tx.page.update({ where: { id }, data: { position } });
    }
    await writeAudit(tx, actor, {
      action: 'page.move',
      targetType: 'Page',
      targetId: pageId,
      spaceId: component.spaceId,
      before: { position: index },
      after: { position: target },
    });
  });
}
