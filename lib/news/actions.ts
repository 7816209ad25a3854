'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import type { Actor } from '@/lib/auth/actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { newsPermissions } from './permissions';
import { createNewsPost, deleteNewsPost, setNewsPostPinned, setNewsPostUnpublished, updateNewsPost } from './mutations';
import { IdSchema, type NewsPostFormValues, PinnedSchema } from './schema';

/**
 * Server actions of the News kind: thin wrappers that authenticate, authorize with the kind's `manage` permission
 * and call the mutations (which parse the post with the organization's time zone and check again in their
 * transaction).
 */
async function authorizeManage(actor: Actor, componentId: unknown) {
  const id = parseInput(IdSchema, componentId);
  const found = await getComponentForAdmin(actor.organizationId, id);
  if (!found || found.component.kind !== 'news') throw new AppError('NOT_FOUND');
  if (!newsPermissions.manage(actor, permissionSubject(found))) throw new AppError('FORBIDDEN');
  return found.component;
}

/** News shows on the space, the area pages and the front page, so all public pages are revalidated. */
function revalidateNews() {
  revalidatePath('/[locale]/admin/spaces/[spaceId]/components', 'layout');
  revalidatePath('/[locale]', 'layout');
}

export async function createNewsPostAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const component = await authorizeManage(actor, componentId);
    const post = await createNewsPost(actor, component.id, input as NewsPostFormValues);
    revalidateNews();
    return { id: post.id };
  });
}

export async function updateNewsPostAction(componentId: unknown, postId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, postId);
    const component = await authorizeManage(actor, componentId);
    const post = await updateNewsPost(actor, component.id, id, input as NewsPostFormValues);
    revalidateNews();
    return { id: post.id };
  });
}

export async function setNewsPostPinnedAction(componentId: unknown, postId: unknown, isPinned: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, postId);
    const pinned = parseInput(PinnedSchema, isPinned);
    const component = await authorizeManage(actor, componentId);
    await setNewsPostPinned(actor, component.id, id, pinned);
    revalidateNews();
    return undefined;
  });
}

export async function setNewsPostUnpublishedAction(componentId: unknown, postId: unknown, unpublished: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, postId);
    const flag = parseInput(PinnedSchema, unpublished);
    const component = await authorizeManage(actor, componentId);
    await setNewsPostUnpublished(actor, component.id, id, flag);
    revalidateNews();
    return undefined;
  });
}

export async function deleteNewsPostAction(componentId: unknown, postId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, postId);
    const component = await authorizeManage(actor, componentId);
    await deleteNewsPost(actor, component.id, id);
    revalidateNews();
    return undefined;
  });
}
