import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { SpaceKind } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { AppError, isUniqueViolation } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import { db, type Tx } from '@/lib/db';
import {
  hasLocalizedText,
  type MoveDirection,
  type PhaseInput,
  type SpaceInput,
  type SpaceMemberInput,
  type SpaceRoleGrantInput,
  type SpaceUpdateInput,
} from './schema';

/**
 * Domain operations on spaces, phases, roles and members. Callers (server actions) have already decided that the
 * actor may do this; these functions re-check the facts that authorization rests on (the records belong to the
 * actor's organization and to the given space), run in one transaction and leave one audit record each.
 */

type Actorish = Pick<Actor, 'userId' | 'organizationId'>;
type LocalizedInput = { fi?: string; sv?: string; en?: string } | undefined;

function invalid(field: string, key: string): AppError {
  return new AppError('INVALID_INPUT', `${field}: ${key}`, { [field]: [encodeMessage(key)] });
}

/** Drops empty languages, so stored JSON holds only the languages that were written. */
function compactText(text: LocalizedInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [locale, value] of Object.entries(text ?? {})) if (value) out[locale] = value;
  return out;
}

function optionalText(text: LocalizedInput): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return hasLocalizedText(text) ? compactText(text) : Prisma.DbNull;
}

/** Calendar dates are stored as DATE; midnight UTC keeps the day the user picked. */
function toDate(value: string | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Spaces

const spaceAuditSelect = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  subtitle: true,
  description: true,
  heroImageUrl: true,
  heroImageAlt: true,
  assemblyType: true,
  startDate: true,
  endDate: true,
  isPublished: true,
  publishedAt: true,
  isPrivate: true,
  areas: { select: { areaId: true }, orderBy: { areaId: 'asc' } },
} satisfies Prisma.SpaceSelect;

async function spaceSnapshot(tx: Tx, organizationId: string, spaceId: string) {
  const space = await tx.space.findFirst({ where: { id: spaceId, organizationId }, select: spaceAuditSelect });
  if (!space) throw new AppError('NOT_FOUND');
  const { areas, ...rest } = space;
  return { ...rest, areaIds: areas.map((a) => a.areaId) };
}

/** The space, locked for this transaction so concurrent changes to its phases and areas serialize. */
async function lockSpace(tx: Tx, organizationId: string, spaceId: string): Promise<{ id: string; kind: SpaceKind }> {
  const rows = await tx.$queryRaw<{ id: string; kind: SpaceKind }[]>`
    SELECT "id", "kind"::text AS "kind" FROM "Space" WHERE "id" = ${spaceId} AND "organizationId" = ${organizationId} FOR UPDATE`;
  const space = rows[0];
  if (!space) throw new AppError('NOT_FOUND');
  return space;
}

async function assertAreasInOrganization(tx: Tx, organizationId: string, areaIds: readonly string[]) {
  if (areaIds.length === 0) return;
  const found = await tx.area.count({ where: { organizationId, id: { in: [...areaIds] } } });
  if (found !== areaIds.length) throw invalid('areaIds', 'invalidChoice');
}

async function replaceSpaceAreas(tx: Tx, spaceId: string, areaIds: readonly string[]) {
  await tx.spaceArea.deleteMany({ where: { spaceId, areaId: { notIn: [...areaIds] } } });
  await tx.spaceArea.createMany({ data: areaIds.map((areaId) => ({ spaceId, areaId })), skipDuplicates: true });
}

function spaceData(data: Omit<SpaceUpdateInput, 'kind' | 'areaIds' | 'isPrivate'>) {
  return {
    slug: data.slug,
    title: compactText(data.title),
    subtitle: optionalText(data.subtitle),
    description: compactText(data.description),
    heroImageUrl: data.heroImageUrl ?? null,
    heroImageAlt: data.heroImageUrl ? optionalText(data.heroImageAlt) : Prisma.DbNull,
    assemblyType: data.assemblyType ?? null,
    startDate: toDate(data.startDate),
    endDate: toDate(data.endDate),
  };
}

/** Runs a space write, turning a taken slug into a field error instead of a 500. */
async function withSlugCheck<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw invalid('slug', 'slugTaken');
    throw error;
  }
}

export async function createSpace(actor: Actorish, data: SpaceInput): Promise<{ id: string }> {
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      await assertAreasInOrganization(tx, actor.organizationId, data.areaIds);
      const { kind, areaIds, isPrivate, ...fields } = data;
      const space = await tx.space.create({
        data: {
          organizationId: actor.organizationId,
          kind,
          isPrivate,
          ...spaceData(fields),
          areas: { create: areaIds.map((areaId) => ({ areaId })) },
        },
        select: { id: true },
      });
      const after = await spaceSnapshot(tx, actor.organizationId, space.id);
      await writeAudit(tx, actor, { action: 'space.create', targetType: 'Space', targetId: space.id, spaceId: space.id, after });
      return space;
    }),
  );
}

/** Updates the details. The kind never changes; `isPrivate` changes only when given (the action checks who may). */
export async function updateSpace(actor: Actorish, spaceId: string, data: SpaceUpdateInput): Promise<{ id: string }> {
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      const space = await lockSpace(tx, actor.organizationId, spaceId);
      if (space.kind !== data.kind) throw invalid('kind', 'invalidChoice');
      await assertAreasInOrganization(tx, actor.organizationId, data.areaIds);
      const before = await spaceSnapshot(tx, actor.organizationId, space.id);
      const { kind: _kind, areaIds, isPrivate, ...fields } = data;
      await tx.space.update({
        where: { id: space.id },
        data: { ...spaceData(fields), ...(isPrivate === undefined ? {} : { isPrivate }) },
      });
      await replaceSpaceAreas(tx, space.id, areaIds);
      const after = await spaceSnapshot(tx, actor.organizationId, space.id);
      await writeAudit(tx, actor, { action: 'space.update', targetType: 'Space', targetId: space.id, spaceId: space.id, before, after });
      return { id: space.id };
    }),
  );
}

export async function setSpaceAreas(actor: Actorish, spaceId: string, areaIds: readonly string[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockSpace(tx, actor.organizationId, spaceId);
    await assertAreasInOrganization(tx, actor.organizationId, areaIds);
    const before = await spaceSnapshot(tx, actor.organizationId, space.id);
    await replaceSpaceAreas(tx, space.id, areaIds);
    await writeAudit(tx, actor, {
      action: 'space.set_areas',
      targetType: 'Space',
      targetId: space.id,
      spaceId: space.id,
      before: { areaIds: before.areaIds },
      after: { areaIds: [...areaIds].sort() },
    });
  });
}

async function setPublished(actor: Actorish, spaceId: string, isPublished: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockSpace(tx, actor.organizationId, spaceId);
    const before = await spaceSnapshot(tx, actor.organizationId, space.id);
    if (before.isPublished === isPublished) return;
    const updated = await tx.space.update({
      where: { id: space.id },
      data: { isPublished, publishedAt: isPublished ? new Date() : null },
      select: { isPublished: true, publishedAt: true },
    });
    await writeAudit(tx, actor, {
      action: isPublished ? 'space.publish' : 'space.unpublish',
      targetType: 'Space',
      targetId: space.id,
      spaceId: space.id,
      before: { isPublished: before.isPublished, publishedAt: before.publishedAt },
      after: updated,
    });
  });
}

export function publishSpace(actor: Actorish, spaceId: string): Promise<void> {
  return setPublished(actor, spaceId, true);
}

export function unpublishSpace(actor: Actorish, spaceId: string): Promise<void> {
  return setPublished(actor, spaceId, false);
}

export async function setSpacePrivacy(actor: Actorish, spaceId: string, isPrivate: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockSpace(tx, actor.organizationId, spaceId);
    const before = await spaceSnapshot(tx, actor.organizationId, space.id);
    if (before.isPrivate === isPrivate) return;
    await tx.space.update({ where: { id: space.id }, data: { isPrivate } });
    await writeAudit(tx, actor, {
      action: 'space.update_privacy',
      targetType: 'Space',
      targetId: space.id,
      spaceId: space.id,
      before: { isPrivate: before.isPrivate },
      after: { isPrivate },
    });
  });
}

/** Deletes the space with everything in it (phases, components, roles, members cascade). */
export async function deleteSpace(actor: Actorish, spaceId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockSpace(tx, actor.organizationId, spaceId);
    const before = await spaceSnapshot(tx, actor.organizationId, space.id);
    await tx.space.delete({ where: { id: space.id } });
    await writeAudit(tx, actor, { action: 'space.delete', targetType: 'Space', targetId: space.id, spaceId: space.id, before });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Phases (participatory processes only)

const phaseAuditSelect = {
  id: true,
  position: true,
  title: true,
  description: true,
  startDate: true,
  endDate: true,
  isActive: true,
} satisfies Prisma.PhaseSelect;

async function lockProcess(tx: Tx, organizationId: string, spaceId: string) {
  const space = await lockSpace(tx, organizationId, spaceId);
  // Assemblies are standing bodies without phases; the admin UI never offers phases for them.
  if (space.kind !== 'PROCESS') throw new AppError('NOT_FOUND', 'assemblies have no phases');
  return space;
}

async function getPhaseInSpace(tx: Tx, spaceId: string, phaseId: string) {
  const phase = await tx.phase.findFirst({ where: { id: phaseId, spaceId }, select: phaseAuditSelect });
  if (!phase) throw new AppError('NOT_FOUND');
  return phase;
}

function phaseData(data: PhaseInput) {
  return {
    title: compactText(data.title),
    description: optionalText(data.description),
    startDate: toDate(data.startDate),
    endDate: toDate(data.endDate),
  };
}

/** Renumbers positions 0…n-1 in the given order, writing only the rows that moved. */
async function renumberPhases(tx: Tx, ordered: readonly { id: string; position: number }[]) {
  for (const [index, phase] of ordered.entries()) {
    if (phase.position !== index) await tx.phase.update({ where: { id: phase.id }, data: { position: index } });
  }
}

async function orderedPhases(tx: Tx, spaceId: string) {
  return tx.phase.findMany({
    where: { spaceId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, position: true },
  });
}

export async function createPhase(actor: Actorish, spaceId: string, data: PhaseInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const space = await lockProcess(tx, actor.organizationId, spaceId);
    const last = await tx.phase.aggregate({ where: { spaceId: space.id }, _max: { position: true } });
    const phase = await tx.phase.create({
      data: { spaceId: space.id, position: (last._max.position ?? -1) + 1, ...phaseData(data) },
      select: phaseAuditSelect,
    });
    await writeAudit(tx, actor, { action: 'phase.create', targetType: 'Phase', targetId: phase.id, spaceId: space.id, after: phase });
    return { id: phase.id };
  });
}

export async function updatePhase(actor: Actorish, spaceId: string, phaseId: string, data: PhaseInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockProcess(tx, actor.organizationId, spaceId);
    const before = await getPhaseInSpace(tx, space.id, phaseId);
    const after = await tx.phase.update({ where: { id: before.id }, data: phaseData(data), select: phaseAuditSelect });
    await writeAudit(tx, actor, { action: 'phase.update', targetType: 'Phase', targetId: before.id, spaceId: space.id, before, after });
  });
}

export async function deletePhase(actor: Actorish, spaceId: string, phaseId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockProcess(tx, actor.organizationId, spaceId);
    const before = await getPhaseInSpace(tx, space.id, phaseId);
    await tx.phase.delete({ where: { id: before.id } });
    await renumberPhases(tx, await orderedPhases(tx, space.id));
    await writeAudit(tx, actor, { action: 'phase.delete', targetType: 'Phase', targetId: before.id, spaceId: space.id, before });
  });
}

/** Swaps the phase with its neighbour; moving the first up or the last down changes nothing. */
export async function movePhase(actor: Actorish, spaceId: string, phaseId: string, direction: MoveDirection): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockProcess(tx, actor.organizationId, spaceId);
    const phases = await orderedPhases(tx, space.id);
    const index = phases.findIndex((p) => p.id === phaseId);
    if (index < 0) throw new AppError('NOT_FOUND');
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= phases.length) return;
    const reordered = [...phases];
    [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
    await renumberPhases(tx, reordered);
    await writeAudit(tx, actor, {
      action: 'phase.move',
      targetType: 'Phase',
      targetId: phaseId,
      spaceId: space.id,
      before: { order: phases.map((p) => p.id) },
      after: { order: reordered.map((p) => p.id) },
    });
  });
}

/** The active phase is unique per space (partial unique index); a concurrent activation loses with CONFLICT. */
function withActivePhaseCheck<T>(body: () => Promise<T>): Promise<T> {
  return body().catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'another phase was activated at the same time');
    throw error;
  });
}

export async function activatePhase(actor: Actorish, spaceId: string, phaseId: string): Promise<void> {
  await withActivePhaseCheck(() =>
    db.$transaction(async (tx) => {
      const space = await lockProcess(tx, actor.organizationId, spaceId);
      const phase = await getPhaseInSpace(tx, space.id, phaseId);
      if (phase.isActive) return;
      const previous = await tx.phase.findFirst({ where: { spaceId: space.id, isActive: true }, select: { id: true } });
      // Deactivate first: the index allows one active phase per space at every moment, even inside a transaction.
      await tx.phase.updateMany({ where: { spaceId: space.id, isActive: true }, data: { isActive: false } });
      await tx.phase.update({ where: { id: phase.id }, data: { isActive: true } });
      await writeAudit(tx, actor, {
        action: 'phase.activate',
        targetType: 'Phase',
        targetId: phase.id,
        spaceId: space.id,
        before: { activePhaseId: previous?.id ?? null },
        after: { activePhaseId: phase.id },
      });
    }),
  );
}

export async function deactivatePhase(actor: Actorish, spaceId: string, phaseId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockProcess(tx, actor.organizationId, spaceId);
    const phase = await getPhaseInSpace(tx, space.id, phaseId);
    if (!phase.isActive) return;
    await tx.phase.update({ where: { id: phase.id }, data: { isActive: false } });
    await writeAudit(tx, actor, {
      action: 'phase.deactivate',
      targetType: 'Phase',
      targetId: phase.id,
      spaceId: space.id,
      before: { activePhaseId: phase.id },
      after: { activePhaseId: null },
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Roles

/** An account of the same organization by (lower-cased) email; other organizations' users are never found. */
async function findOrgUserByEmail(tx: Tx, organizationId: string, email: string) {
  return tx.user.findUnique({
    where: { organizationId_email: { organizationId, email: email.toLowerCase() } },
    select: { id: true, email: true },
  });
}

export async function grantSpaceRole(actor: Actorish, spaceId: string, data: SpaceRoleGrantInput): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const space = await lockSpace(tx, actor.organizationId, spaceId);
      const user = await findOrgUserByEmail(tx, actor.organizationId, data.email);
      if (!user) throw invalid('email', 'userNotFound');
      const role = await tx.spaceRole.create({ data: { spaceId: space.id, userId: user.id, role: data.role }, select: { id: true } });
      await writeAudit(tx, actor, {
        action: 'space_role.grant',
        targetType: 'SpaceRole',
        targetId: role.id,
        spaceId: space.id,
        after: { userId: user.id, email: user.email, role: data.role },
      });
      return role;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid('role', 'roleAlreadyGranted');
    throw error;
  }
}

export async function revokeSpaceRole(actor: Actorish, spaceId: string, roleId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockSpace(tx, actor.organizationId, spaceId);
    const role = await tx.spaceRole.findFirst({
      where: { id: roleId, spaceId: space.id },
      select: { id: true, role: true, userId: true, user: { select: { email: true } } },
    });
    if (!role) throw new AppError('NOT_FOUND');
    await tx.spaceRole.delete({ where: { id: role.id } });
    await writeAudit(tx, actor, {
      action: 'space_role.revoke',
      targetType: 'SpaceRole',
      targetId: role.id,
      spaceId: space.id,
      before: { userId: role.userId, email: role.user.email, role: role.role },
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Members

const memberAuditSelect = {
  id: true,
  fullName: true,
  position: true,
  positionNote: true,
  userId: true,
  startDate: true,
  endDate: true,
} satisfies Prisma.SpaceMemberSelect;

async function memberData(tx: Tx, organizationId: string, data: SpaceMemberInput) {
  let userId: string | null = null;
  if (data.userEmail) {
    const user = await findOrgUserByEmail(tx, organizationId, data.userEmail);
    if (!user) throw invalid('userEmail', 'userNotFound');
    userId = user.id;
  }
  return {
    fullName: data.fullName,
    position: data.position,
    positionNote: optionalText(data.positionNote),
    userId,
    startDate: toDate(data.startDate),
    endDate: toDate(data.endDate),
  };
}

/**
 * Who may touch memberships that carry an account (they open the space while it is private). The action decides
 * it with canManageSpaceMember; this re-checks it against the rows read inside the transaction.
 */
type MemberAccessOptions = { mayLinkAccounts: boolean };

function assertMayTouchAccount(options: MemberAccessOptions, ...userIds: (string | null | undefined)[]): void {
  if (!options.mayLinkAccounts && userIds.some(Boolean)) throw new AppError('FORBIDDEN');
}

/** One account can be listed once per space (unique spaceId+userId). */
async function withMemberUserCheck<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid('userEmail', 'memberUserTaken');
    throw error;
  }
}

export async function addSpaceMember(
  actor: Actorish,
  spaceId: string,
  data: SpaceMemberInput,
  options: MemberAccessOptions,
): Promise<{ id: string }> {
  return withMemberUserCheck(() =>
    db.$transaction(async (tx) => {
      const space = await lockSpace(tx, actor.organizationId, spaceId);
      const values = await memberData(tx, actor.organizationId, data);
      assertMayTouchAccount(options, values.userId);
      const member = await tx.spaceMember.create({
        data: { spaceId: space.id, ...values },
        select: memberAuditSelect,
      });
      await writeAudit(tx, actor, { action: 'space_member.add', targetType: 'SpaceMember', targetId: member.id, spaceId: space.id, after: member });
      return { id: member.id };
    }),
  );
}

export async function updateSpaceMember(
  actor: Actorish,
  spaceId: string,
  memberId: string,
  data: SpaceMemberInput,
  options: MemberAccessOptions,
): Promise<void> {
  await withMemberUserCheck(() =>
    db.$transaction(async (tx) => {
      const space = await lockSpace(tx, actor.organizationId, spaceId);
      const before = await tx.spaceMember.findFirst({ where: { id: memberId, spaceId: space.id }, select: memberAuditSelect });
      if (!before) throw new AppError('NOT_FOUND');
      const values = await memberData(tx, actor.organizationId, data);
      assertMayTouchAccount(options, before.userId, values.userId);
      const after = await tx.spaceMember.update({
        where: { id: before.id },
        data: values,
        select: memberAuditSelect,
      });
      await writeAudit(tx, actor, { action: 'space_member.update', targetType: 'SpaceMember', targetId: before.id, spaceId: space.id, before, after });
    }),
  );
}

export async function removeSpaceMember(actor: Actorish, spaceId: string, memberId: string, options: MemberAccessOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const space = await lockSpace(tx, actor.organizationId, spaceId);
    const before = await tx.spaceMember.findFirst({ where: { id: memberId, spaceId: space.id }, select: memberAuditSelect });
    if (!before) throw new AppError('NOT_FOUND');
    assertMayTouchAccount(options, before.userId);
    await tx.spaceMember.delete({ where: { id: before.id } });
    await writeAudit(tx, actor, { action: 'space_member.remove', targetType: 'SpaceMember', targetId: before.id, spaceId: space.id, before });
  });
}
