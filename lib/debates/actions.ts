'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import type { Actor } from '@/lib/auth/actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { canEditOwnDebate, debatesPermissions } from './permissions';
import { closeDebate, createOfficialDebate, createResidentDebate, deleteDebate, reopenDebate, updateDebate, updateOwnDebate } from './mutations';
import { getOwnDebate } from './queries';
import { type ConclusionFormValues, IdSchema, type OfficialDebateFormValues, type ResidentDebateFormValues } from './schema';

/**
 * Server actions of the Debates kind: thin wrappers that authenticate and authorize themselves, then call the
 * mutations (which parse the input and check again in their transaction). Officials' actions need the kind's
 * `manage` permission; residents' actions are checked by the mutations against the component's settings and the
 * `create_debate` action for the actor now.
 */
async function authorizeManage(actor: Actor, componentId: unknown) {
  const id = parseInput(IdSchema, componentId);
  const found = await getComponentForAdmin(actor.organizationId, id);
  if (!found || found.component.kind !== 'debates') throw new AppError('NOT_FOUND');
  if (!debatesPermissions.manage(actor, permissionSubject(found))) throw new AppError('FORBIDDEN');
  return found.component;
}

/** Debates show on the component's public pages and in the admin; as for news, all public pages are revalidated. */
function revalidateDebates() {
  revalidatePath('/[locale]/admin/spaces/[spaceId]/components', 'layout');
  revalidatePath('/[locale]', 'layout');
}

export async function createDebateAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const component = await authorizeManage(actor, componentId);
    const debate = await createOfficialDebate(actor, component.id, input as OfficialDebateFormValues);
    revalidateDebates();
    return { id: debate.id };
  });
}

export async function updateDebateAction(componentId: unknown, debateId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, debateId);
    const component = await authorizeManage(actor, componentId);
    const debate = await updateDebate(actor, component.id, id, input as OfficialDebateFormValues);
    revalidateDebates();
    return { id: debate.id };
  });
}

export async function closeDebateAction(componentId: unknown, debateId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, debateId);
    const component = await authorizeManage(actor, componentId);
    await closeDebate(actor, component.id, id, input as ConclusionFormValues);
    revalidateDebates();
    return undefined;
  });
}

export async function reopenDebateAction(componentId: unknown, debateId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, debateId);
    const component = await authorizeManage(actor, componentId);
    await reopenDebate(actor, component.id, id);
    revalidateDebates();
    return undefined;
  });
}

export async function deleteDebateAction(componentId: unknown, debateId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, debateId);
    const component = await authorizeManage(actor, componentId);
    await deleteDebate(actor, component.id, id);
    revalidateDebates();
    return undefined;
  });
}

/** A resident starts a debate from the public page; `pending` when it waits for a moderator. */
export async function createResidentDebateAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string; pending: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(IdSchema, componentId);
    const debate = await createResidentDebate(actor, id, input as ResidentDebateFormValues);
    revalidateDebates();
    return debate;
  });
}

/** The author corrects their own debate while nobody has commented on it. */
export async function updateOwnDebateAction(componentId: unknown, debateId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const cid = parseInput(IdSchema, componentId);
    const did = parseInput(IdSchema, debateId);
    const debate = await updateOwnDebate(actor, cid, did, input as ResidentDebateFormValues);
    revalidateDebates();
    return debate;
  });
}

/**
 * Whether the signed-in actor may still edit this debate as its author. The debate page may be the copy shared by
 * every resident (ADR 021), so its "edit" link asks this from the browser instead of being rendered for one person.
 */
export async function ownDebateStateAction(componentId: unknown, debateId: unknown): Promise<ActionResult<{ canEdit: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const cid = parseInput(IdSchema, componentId);
    const did = parseInput(IdSchema, debateId);
    const [found, debate] = await Promise.all([getComponentForAdmin(actor.organizationId, cid), getOwnDebate(actor, cid, did)]);
    if (!found || found.component.kind !== 'debates' || found.component.archivedAt || !debate) return { canEdit: false };
    return { canEdit: canEditOwnDebate(actor, permissionSubject(found), debate) };
  });
}
