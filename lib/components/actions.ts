'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import type { Actor } from '@/lib/auth/actor';
import { canManageComponents } from '@/lib/spaces/permissions';
import { getComponentForAdmin, getSpaceForComponents } from './queries';
import {
  addComponent,
  archiveComponent,
  deleteComponent,
  moveComponent,
  publishComponent,
  restoreComponent,
  unpublishComponent,
  updateComponentActionSettings,
  updateComponentName,
  updateComponentSettings,
  updatePhaseSettings,
} from './mutations';
import { AddComponentSchema, ComponentIdSchema, ComponentNameSchema, MoveComponentSchema } from './schema';

/** Loads the component within the actor's organization and checks that the actor may manage its space. */
async function authorizeComponent(actor: Actor, componentId: unknown) {
  const id = parseInput(ComponentIdSchema, componentId);
  const found = await getComponentForAdmin(actor.organizationId, id);
  if (!found) throw new AppError('NOT_FOUND');
  if (!canManageComponents(actor, found.space)) throw new AppError('FORBIDDEN');
  return found;
}

/** The admin screens of the space and its public pages show components; all of them must be re-rendered. */
function revalidateComponentScreens() {
  revalidatePath('/[locale]/admin/spaces/[spaceId]/components', 'layout');
  revalidatePath('/[locale]/spaces/[spaceSlug]', 'layout');
}

export async function addComponentAction(spaceId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(AddComponentSchema, input);
    const space = await getSpaceForComponents(actor.organizationId, parseInput(ComponentIdSchema, spaceId));
    if (!space) throw new AppError('NOT_FOUND');
    if (!canManageComponents(actor, space)) throw new AppError('FORBIDDEN');
    const component = await addComponent(actor, space.id, data);
    revalidateComponentScreens();
    return { id: component.id };
  });
}

export async function updateComponentNameAction(componentId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(ComponentNameSchema, input);
    const { component } = await authorizeComponent(actor, componentId);
    await updateComponentName(actor, component.id, data);
    revalidateComponentScreens();
    return undefined;
  });
}

/** Settings are validated against the kind's schema inside the mutation (the schema depends on the stored kind). */
export async function updateComponentSettingsAction(componentId: unknown, settings: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const { component } = await authorizeComponent(actor, componentId);
    await updateComponentSettings(actor, component.id, settings);
    revalidateComponentScreens();
    return undefined;
  });
}

export async function updatePhaseSettingsAction(componentId: unknown, phaseId: unknown, settings: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const { component } = await authorizeComponent(actor, componentId);
    await updatePhaseSettings(actor, component.id, parseInput(ComponentIdSchema, phaseId), settings);
    revalidateComponentScreens();
    return undefined;
  });
}

/** Switches the kind's resident actions on or off per phase (issue 6, 1.3). */
export async function updateComponentActionSettingsAction(componentId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const { component } = await authorizeComponent(actor, componentId);
    await updateComponentActionSettings(actor, component.id, input);
    revalidateComponentScreens();
    return undefined;
  });
}

export async function setComponentPublishedAction(componentId: unknown, isPublished: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    if (typeof isPublished !== 'boolean') throw new AppError('INVALID_INPUT');
    const { component } = await authorizeComponent(actor, componentId);
    await (isPublished ? publishComponent(actor, component.id) : unpublishComponent(actor, component.id));
    revalidateComponentScreens();
    return undefined;
  });
}

export async function moveComponentAction(componentId: unknown, direction: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const dir = parseInput(MoveComponentSchema, direction);
    const { component } = await authorizeComponent(actor, componentId);
    await moveComponent(actor, component.id, dir);
    revalidateComponentScreens();
    return undefined;
  });
}

/** Hides the component from residents, keeping its content; restorable. */
export async function archiveComponentAction(componentId: unknown): Promise<ActionResult<{ spaceId: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const { component } = await authorizeComponent(actor, componentId);
    const result = await archiveComponent(actor, component.id);
    revalidateComponentScreens();
    return result;
  });
}

export async function restoreComponentAction(componentId: unknown): Promise<ActionResult<{ spaceId: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const { component } = await authorizeComponent(actor, componentId);
    const result = await restoreComponent(actor, component.id);
    revalidateComponentScreens();
    return result;
  });
}

/** Deletes an empty component; one with content answers NOT_EMPTY (archive it instead). */
export async function deleteComponentAction(componentId: unknown): Promise<ActionResult<{ spaceId: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const { component } = await authorizeComponent(actor, componentId);
    const result = await deleteComponent(actor, component.id);
    revalidateComponentScreens();
    return result;
  });
}
