'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import type { Actor } from '@/lib/auth/actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { pagesPermissions } from './permissions';
import { createPage, deletePage, movePage, updatePage } from './mutations';
import { IdSchema, MoveDirectionSchema, PageInputSchema } from './schema';

/** Loads the Pages component within the actor's organization and applies the kind's `manage` permission. */
async function authorizeManage(actor: Actor, componentId: unknown) {
  const id = parseInput(IdSchema, componentId);
  const found = await getComponentForAdmin(actor.organizationId, id);
  if (!found || found.component.kind !== 'pages') throw new AppError('NOT_FOUND');
  if (!pagesPermissions.manage(actor, permissionSubject(found))) throw new AppError('FORBIDDEN');
  return found.component;
}

function revalidatePages() {
  revalidatePath('/[locale]/admin/spaces/[spaceId]/components', 'layout');
  revalidatePath('/[locale]/spaces/[spaceSlug]', 'layout');
}

export async function createPageAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(PageInputSchema, input);
    const component = await authorizeManage(actor, componentId);
    const page = await createPage(actor, component.id, data);
    revalidatePages();
    return { id: page.id };
  });
}

export async function updatePageAction(componentId: unknown, pageId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(PageInputSchema, input);
    const component = await authorizeManage(actor, componentId);
    const page = await updatePage(actor, component.id, parseInput(IdSchema, pageId), data);
    revalidatePages();
    return { id: page.id };
  });
}

export async function deletePageAction(componentId: unknown, pageId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const component = await authorizeManage(actor, componentId);
    await deletePage(actor, component.id, parseInput(IdSchema, pageId));
    revalidatePages();
    return undefined;
  });
}

export async function movePageAction(componentId: unknown, pageId: unknown, direction: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const dir = parseInput(MoveDirectionSchema, direction);
    const component = await authorizeManage(actor, componentId);
    await movePage(actor, component.id, parseInput(IdSchema, pageId), dir);
    revalidatePages();
    return undefined;
  });
}
