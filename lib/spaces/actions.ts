'use server';

import { revalidatePath } from 'next/cache';
import { type Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { env } from '@/lib/env';
import { getSpaceAccessRef, getSpaceMemberRef } from './admin-queries';
import {
  activatePhase,
  addSpaceMember,
  createPhase,
  createSpace,
  deactivatePhase,
  deletePhase,
  deleteSpace,
  grantSpaceRole,
  movePhase,
  publishSpace,
  removeSpaceMember,
  revokeSpaceRole,
  setSpaceAreas,
  setSpacePrivacy,
  unpublishSpace,
  updatePhase,
  updateSpace,
  updateSpaceMember,
} from './mutations';
import {
  canCreateSpace,
  canDeleteSpace,
  canManageSpaceMember,
  canManageSpaceRoles,
  canPublishSpace,
  canUpdateSpace,
  type SpaceAccessRef,
} from './permissions';
import {
  MoveDirectionSchema,
  PhaseInputSchema,
  RecordIdSchema,
  SpaceAreasSchema,
  SpaceMemberSchema,
  SpacePrivacySchema,
  SpaceRoleGrantSchema,
  spaceInputSchema,
  spaceUpdateSchema,
} from './schema';

/**
 * Server actions of the space admin screens. Each is a public POST endpoint: it authenticates, re-validates the
 * input with the shared schema, loads the space within the actor's organization, asks the pure permission
 * function and only then calls the domain mutation.
 */

type SpaceRef = SpaceAccessRef & { kind: 'PROCESS' | 'ASSEMBLY' };

/** The space in the actor's organization; spaces of other organizations do not exist for this actor. */
async function loadSpace(actor: Actor, spaceId: unknown): Promise<SpaceRef> {
  const id = parseInput(RecordIdSchema, spaceId);
  const space = await getSpaceAccessRef(actor, id);
  if (!space) throw new AppError('NOT_FOUND');
  return space;
}

function authorize(allowed: boolean): void {
  if (!allowed) throw new AppError('FORBIDDEN');
}

/** Admin screens and the public space pages both show space data. */
function revalidateSpaces(): void {
  revalidatePath('/[locale]/admin', 'layout');
  revalidatePath('/[locale]/spaces', 'layout');
}

// Spaces ----------------------------------------------------------------------------------------------------------

export async function createSpaceAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(spaceInputSchema(env().IMAGE_HOSTS), input);
    authorize(canCreateSpace(actor));
    const space = await createSpace(actor, data);
    revalidateSpaces();
    return { id: space.id };
  });
}

export async function updateSpaceAction(spaceId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(spaceUpdateSchema(env().IMAGE_HOSTS), input);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    // The details form never sends isPrivate; a value from someone who may not decide privacy is a forged field.
    if (data.isPrivate !== undefined) authorize(canPublishSpace(actor, space));
    await updateSpace(actor, space.id, data);
    revalidateSpaces();
    return { id: space.id };
  });
}

export async function setSpaceAreasAction(spaceId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(SpaceAreasSchema, input);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    await setSpaceAreas(actor, space.id, data.areaIds);
    revalidateSpaces();
    return undefined;
  });
}

export async function publishSpaceAction(spaceId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const space = await loadSpace(actor, spaceId);
    authorize(canPublishSpace(actor, space));
    await publishSpace(actor, space.id);
    revalidateSpaces();
    return undefined;
  });
}

export async function unpublishSpaceAction(spaceId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const space = await loadSpace(actor, spaceId);
    authorize(canPublishSpace(actor, space));
    await unpublishSpace(actor, space.id);
    revalidateSpaces();
    return undefined;
  });
}

export async function setSpacePrivacyAction(spaceId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(SpacePrivacySchema, input);
    const space = await loadSpace(actor, spaceId);
    authorize(canPublishSpace(actor, space));
    await setSpacePrivacy(actor, space.id, data.isPrivate);
    revalidateSpaces();
    return undefined;
  });
}

export async function deleteSpaceAction(spaceId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const space = await loadSpace(actor, spaceId);
    authorize(canDeleteSpace(actor, space));
    await deleteSpace(actor, space.id);
    revalidateSpaces();
    return undefined;
  });
}

// Phases ----------------------------------------------------------------------------------------------------------

export async function createPhaseAction(spaceId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(PhaseInputSchema, input);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    const phase = await createPhase(actor, space.id, data);
    revalidateSpaces();
    return { id: phase.id };
  });
}

export async function updatePhaseAction(spaceId: unknown, phaseId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(PhaseInputSchema, input);
    const id = parseInput(RecordIdSchema, phaseId);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    await updatePhase(actor, space.id, id, data);
    revalidateSpaces();
    return undefined;
  });
}

export async function deletePhaseAction(spaceId: unknown, phaseId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(RecordIdSchema, phaseId);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    await deletePhase(actor, space.id, id);
    revalidateSpaces();
    return undefined;
  });
}

export async function movePhaseAction(spaceId: unknown, phaseId: unknown, direction: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(RecordIdSchema, phaseId);
    const dir = parseInput(MoveDirectionSchema, direction);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    await movePhase(actor, space.id, id, dir);
    revalidateSpaces();
    return undefined;
  });
}

export async function activatePhaseAction(spaceId: unknown, phaseId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(RecordIdSchema, phaseId);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    await activatePhase(actor, space.id, id);
    revalidateSpaces();
    return undefined;
  });
}

export async function deactivatePhaseAction(spaceId: unknown, phaseId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(RecordIdSchema, phaseId);
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    await deactivatePhase(actor, space.id, id);
    revalidateSpaces();
    return undefined;
  });
}

// Roles -----------------------------------------------------------------------------------------------------------

export async function grantSpaceRoleAction(spaceId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(SpaceRoleGrantSchema, input);
    const space = await loadSpace(actor, spaceId);
    authorize(canManageSpaceRoles(actor, space));
    const role = await grantSpaceRole(actor, space.id, data);
    revalidateSpaces();
    return { id: role.id };
  });
}

export async function revokeSpaceRoleAction(spaceId: unknown, roleId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const id = parseInput(RecordIdSchema, roleId);
    const space = await loadSpace(actor, spaceId);
    authorize(canManageSpaceRoles(actor, space));
    await revokeSpaceRole(actor, space.id, id);
    revalidateSpaces();
    return undefined;
  });
}

// Members ---------------------------------------------------------------------------------------------------------

export async function addSpaceMemberAction(spaceId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(SpaceMemberSchema, input);
    const space = await loadSpace(actor, spaceId);
    authorize(canManageSpaceMember(actor, space, { hasAccount: !!data.userEmail }));
    const member = await addSpaceMember(actor, space.id, data, { mayLinkAccounts: canManageSpaceRoles(actor, space) });
    revalidateSpaces();
    return { id: member.id };
  });
}

/** A member of this space; one of another space is NOT_FOUND, whatever the actor's rights there. */
async function loadMember(spaceId: string, memberId: unknown) {
  const member = await getSpaceMemberRef(spaceId, parseInput(RecordIdSchema, memberId));
  if (!member) throw new AppError('NOT_FOUND');
  return member;
}

export async function updateSpaceMemberAction(spaceId: unknown, memberId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(SpaceMemberSchema, input);
    const space = await loadSpace(actor, spaceId);
    // Those who may not edit the space at all learn nothing about its members.
    authorize(canUpdateSpace(actor, space));
    const member = await loadMember(space.id, memberId);
    authorize(canManageSpaceMember(actor, space, { hasAccount: !!member.userId || !!data.userEmail }));
    await updateSpaceMember(actor, space.id, member.id, data, { mayLinkAccounts: canManageSpaceRoles(actor, space) });
    revalidateSpaces();
    return undefined;
  });
}

export async function removeSpaceMemberAction(spaceId: unknown, memberId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const space = await loadSpace(actor, spaceId);
    authorize(canUpdateSpace(actor, space));
    const member = await loadMember(space.id, memberId);
    authorize(canManageSpaceMember(actor, space, { hasAccount: !!member.userId }));
    await removeSpaceMember(actor, space.id, member.id, { mayLinkAccounts: canManageSpaceRoles(actor, space) });
    revalidateSpaces();
    return undefined;
  });
}
