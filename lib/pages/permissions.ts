import type { Actor } from '@/lib/auth/actor';
import type { ComponentPermission } from '@/lib/core/components/manifest';
import { canManageComponents, canViewSpace } from '@/lib/spaces/permissions';

/**
 * The permission table of the Pages kind (used by its manifest and its server actions). Kept apart from the
 * manifest so that it stays pure and testable without the views.
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
