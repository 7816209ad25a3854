import type { Actor } from '@/lib/auth/actor';
import type { ComponentPermission } from '@/lib/core/components/definition';
import { canManageComponents, canViewSpace } from '@/lib/spaces/permissions';

/**
 * The permission table of the Pages kind (used by its definition, its server actions and the component routes).
 * Pure functions of the actor and the component, tested as a decision table.
 */
type PermissionCtx = Parameters<ComponentPermission>[1];

/** Readers need to see the space; an unpublished component is visible only to those preparing it. */
export function canReadPages(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  if (component.spaceId !== space.id || !canViewSpace(actor, space)) return false;
  return component.isPublished || canManageComponents(actor, space);
}

/** Creating, editing, ordering and deleting pages is managing the component. */
export function canManagePages(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  return component.spaceId === space.id && canManageComponents(actor, space);
}

export const pagesPermissions = { read: canReadPages, manage: canManagePages } satisfies Record<string, ComponentPermission>;
