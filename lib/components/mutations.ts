import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import type { ComponentAction, ComponentDefinition } from '@/lib/core/components/definition';
import { readActionSettings, type ActionSettings } from '@/lib/core/components/action-availability';
import { encodeMessage } from '@/lib/core/validation-message';
import { getComponentDefinition, readPhaseSettings, readSettings } from '@/lib/core/components/registry';
import { canManageComponents } from '@/lib/spaces/permissions';
import {
  AddComponentSchema,
  type AddComponentFormValues,
  type ComponentMoveDirection,
  ActionSettingsInputSchema,
  ComponentNameSchema,
  type ComponentNameFormValues,
  parseSettingsValues,
} from './schema';

/**
 * Writes of the component mechanism. Each runs in one transaction with its audit record, re-reads the space scoped
 * to the actor's organization and re-checks canManageComponents, so a caller that forgot a check still cannot write
 * into another space or municipality.
 */

async function loadManageableSpace(tx: Tx, actor: Actor, spaceId: string) {
  const space = await tx.space.findFirst({
    where: { id: spaceId, organizationId: actor.organizationId },
    select: { id: true, organizationId: true, isPublished: true, isPrivate: true },
  });
  if (!space) throw new AppError('NOT_FOUND', 'space not found');
  if (!canManageComponents(actor, space)) throw new AppError('FORBIDDEN');
  return space;
}

/**
 * Loads a component for writing; `lock` takes a row lock so that read-modify-write of its JSON (or its archiving)
 * cannot lose updates. An archived component is read-only until restored: only the archive operations pass
 * `archived: 'allow'`.
 */
async function loadManageableComponent(tx: Tx, actor: Actor, componentId: string, { lock = false, archived = 'refuse' as 'refuse' | 'allow' } = {}) {
  if (lock) await tx.$queryRaw`SELECT id FROM "Component" WHERE id = ${componentId} FOR UPDATE`;
  const component = await tx.component.findFirst({
    where: { id: componentId, space: { organizationId: actor.organizationId } },
    select: {
      id: true,
      kind: true,
      name: true,
      spaceId: true,
      isPublished: true,
      position: true,
      settings: true,
      phaseSettings: true,
      actionSettings: true,
      archivedAt: true,
    },
  });
  if (!component) throw new AppError('NOT_FOUND', 'component not found');
  await loadManageableSpace(tx, actor, component.spaceId);
  if (component.archivedAt && archived === 'refuse') throw new AppError('CONFLICT', 'the component is archived');
  return component;
}

function definitionOf(kind: string): ComponentDefinition {
  const definition = getComponentDefinition(kind);
  // A stored kind that the installation no longer has cannot be configured; its data is kept untouched.
  if (!definition) throw new AppError('CONFLICT', `unknown component kind "${kind}"`);
  return definition;
}

export async function addComponent(actor: Actor, spaceId: string, input: AddComponentFormValues): Promise<{ id: string }> {
  const data = parseInput(AddComponentSchema, input);
  const definition = definitionOf(data.kind);
  return db.$transaction(async (tx) => {
    const space = await loadManageableSpace(tx, actor, spaceId);
    const last = await tx.component.aggregate({ where: { spaceId: space.id, archivedAt: null }, _max: { position: true } });
    // New components start empty and unpublished: the coordinator fills and reviews them before residents see them.
    const settings = definition.settingsSchema.parse({}) as object;
    const component = await tx.component.create({
      data: { spaceId: space.id, kind: data.kind, name: data.name, position: (last._max.position ?? -1) + 1, isPublished: false, settings, phaseSettings: {} },
      select: { id: true, position: true },
    });
    await writeAudit(tx, actor, {
      action: 'component.create',
      targetType: 'Component',
      targetId: component.id,
      spaceId: space.id,
      after: { kind: data.kind, name: data.name, position: component.position, settings },
    });
    return { id: component.id };
  });
}

export async function updateComponentName(actor: Actor, componentId: string, input: ComponentNameFormValues): Promise<void> {
  const data = parseInput(ComponentNameSchema, input);
  await db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId);
    await tx.component.update({ where: { id: component.id }, data: { name: data.name } });
    await writeAudit(tx, actor, {
      action: 'component.update',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: { name: component.name },
      after: { name: data.name },
    });
  });
}

/** Replaces the component's settings with values validated by the kind's schema (unknown keys are refused). */
export async function updateComponentSettings(actor: Actor, componentId: string, input: unknown): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId, { lock: true });
    const definition = definitionOf(component.kind);
    const settings = parseSettingsValues(definition.settingsSchema, definition.settingsFields, input) as object;
    await tx.component.update({ where: { id: component.id }, data: { settings } });
    await writeAudit(tx, actor, {
      action: 'component.update_settings',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: readSettings(definition, component.settings),
      after: settings,
    });
  });
}

/**
 * Sets the settings of one phase. The phase must belong to the component's space: a phase id of another space is
 * NOT_FOUND. Entries of phases that have since been deleted are dropped while the JSON is rewritten.
 */
export async function updatePhaseSettings(actor: Actor, componentId: string, phaseId: string, input: unknown): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId, { lock: true });
    const definition = definitionOf(component.kind);
    const phases = await tx.phase.findMany({ where: { spaceId: component.spaceId }, select: { id: true } });
    if (!phases.some((p) => p.id === phaseId)) throw new AppError('NOT_FOUND', 'phase not found in this space');
    const settings = parseSettingsValues(definition.phaseSettingsSchema, definition.phaseSettingsFields, input) as object;
    const stored = component.phaseSettings && typeof component.phaseSettings === 'object' && !Array.isArray(component.phaseSettings)
      ? (component.phaseSettings as Record<string, unknown>)
      : {};
    const next: Record<string, unknown> = {};
    for (const phase of phases) if (phase.id in stored) next[phase.id] = stored[phase.id];
    next[phaseId] = settings;
    await tx.component.update({ where: { id: component.id }, data: { phaseSettings: next as object } });
    await writeAudit(tx, actor, {
      action: 'component.update_phase_settings',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: { phaseId, settings: readPhaseSettings(definition, component.phaseSettings, phaseId) },
      after: { phaseId, settings },
    });
  });
}

/**
 * Switches the kind's resident actions on or off per phase (or "always" in a space without phases). Only actions the
 * kind declares and phases of the component's own space are accepted; the stored switches are replaced as a whole,
 * so entries of deleted phases and retired actions disappear. `declaredActions` defaults to the kind's definition
 * (tests pass a kind's actions explicitly, as long as no kind in the registry declares any).
 */
export async function updateComponentActionSettings(
  actor: Actor,
  componentId: string,
  input: unknown,
  declaredActions?: Record<string, ComponentAction>,
): Promise<ActionSettings> {
  const data = parseInput(ActionSettingsInputSchema, input);
  return db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId, { lock: true });
    const actions = declaredActions ?? definitionOf(component.kind).actions;
    const phases = await tx.phase.findMany({ where: { spaceId: component.spaceId }, select: { id: true } });
    const phaseIds = new Set(phases.map((p) => p.id));
    const unknownAction = [data.always, ...Object.values(data.phases)].flatMap((switches) => Object.keys(switches)).find((a) => !(a in actions));
    if (unknownAction !== undefined) {
      throw new AppError('INVALID_INPUT', `undeclared action ${unknownAction}`, { actions: [encodeMessage('invalidChoice')] });
    }
    if (Object.keys(data.phases).some((id) => !phaseIds.has(id))) throw new AppError('NOT_FOUND', 'phase not found in this space');
    const only = (switches: Record<string, boolean>) => Object.fromEntries(Object.entries(switches).filter(([, on]) => on));
    const next: ActionSettings = {
      always: phases.length === 0 ? only(data.always) : {},
      phases: Object.fromEntries(Object.entries(data.phases).map(([id, switches]) => [id, only(switches)])),
    };
    await tx.component.update({ where: { id: component.id }, data: { actionSettings: next } });
    await writeAudit(tx, actor, {
      action: 'component.update_action_settings',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: readActionSettings(component.actionSettings),
      after: next,
    });
    return next;
  });
}

async function setPublished(actor: Actor, componentId: string, isPublished: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId);
    if (component.isPublished === isPublished) return;
    await tx.component.update({
      where: { id: component.id },
      data: isPublished ? { isPublished, publishedAt: new Date() } : { isPublished },
    });
    await writeAudit(tx, actor, {
      action: isPublished ? 'component.publish' : 'component.unpublish',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: { isPublished: component.isPublished },
      after: { isPublished },
    });
  });
}

export function publishComponent(actor: Actor, componentId: string): Promise<void> {
  return setPublished(actor, componentId, true);
}

export function unpublishComponent(actor: Actor, componentId: string): Promise<void> {
  return setPublished(actor, componentId, false);
}

/** Swaps a component with its neighbour; positions are rewritten as 0..n-1 so duplicates from old data disappear. */
export async function moveComponent(actor: Actor, componentId: string, direction: ComponentMoveDirection): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId);
    const siblings = await tx.component.findMany({
      where: { spaceId: component.spaceId, archivedAt: null },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, position: true },
    });
    const index = siblings.findIndex((c) => c.id === component.id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= siblings.length) return;
    const order = siblings.map((c) => c.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries()) {
      if (siblings.find((c) => c.id === id)?.position !== position) await tx.component.update({ where: { id }, data: { position } });
    }
    await writeAudit(tx, actor, {
      action: 'component.move',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: { position: index },
      after: { position: target },
    });
  });
}

/**
 * Archives the component: residents no longer see it (public views and the active list leave archived components
 * out) but everything written in it is kept, and restoreComponent brings it back as it was.
 */
export async function archiveComponent(actor: Actor, componentId: string): Promise<{ spaceId: string }> {
  return db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId, { lock: true, archived: 'allow' });
    if (component.archivedAt) return { spaceId: component.spaceId };
    const archivedAt = new Date();
    await tx.component.update({ where: { id: component.id }, data: { archivedAt } });
    await writeAudit(tx, actor, {
      action: 'component.archive',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: { archivedAt: null, isPublished: component.isPublished, position: component.position },
      after: { archivedAt },
    });
    return { spaceId: component.spaceId };
  });
}

/** Brings an archived component back, published or not as it was, placed last among the active components. */
export async function restoreComponent(actor: Actor, componentId: string): Promise<{ spaceId: string }> {
  return db.$transaction(async (tx) => {
    const component = await loadManageableComponent(tx, actor, componentId, { lock: true, archived: 'allow' });
    if (!component.archivedAt) return { spaceId: component.spaceId };
    const last = await tx.component.aggregate({ where: { spaceId: component.spaceId, archivedAt: null }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    await tx.component.update({ where: { id: component.id }, data: { archivedAt: null, position } });
    await writeAudit(tx, actor, {
      action: 'component.restore',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: { archivedAt: component.archivedAt },
      after: { archivedAt: null, isPublished: component.isPublished, position },
    });
    return { spaceId: component.spaceId };
  });
}

/**
 * Deletes an empty component for good. A component in which anything was written (its kind counts the resources)
 * is refused with NOT_EMPTY: it is archived instead, so that no one's writing is lost. A component whose kind is no
 * longer installed cannot be counted and is never deleted.
 */
export async function deleteComponent(actor: Actor, componentId: string): Promise<{ spaceId: string }> {
  return db.$transaction(async (tx) => {
    // The lock keeps a page from being written between the count and the delete.
    const component = await loadManageableComponent(tx, actor, componentId, { lock: true, archived: 'allow' });
    const definition = getComponentDefinition(component.kind);
    if (!definition) throw new AppError('NOT_EMPTY', `unknown component kind "${component.kind}"`);
    const resources = await definition.countResources(tx, component.id);
    if (resources > 0) throw new AppError('NOT_EMPTY', `${resources} resources`);
    await tx.component.delete({ where: { id: component.id } });
    await writeAudit(tx, actor, {
      action: 'component.delete',
      targetType: 'Component',
      targetId: component.id,
      spaceId: component.spaceId,
      before: {
        kind: component.kind,
        name: component.name,
        isPublished: component.isPublished,
        archivedAt: component.archivedAt,
        settings: component.settings,
      },
    });
    return { spaceId: component.spaceId };
  });
}
