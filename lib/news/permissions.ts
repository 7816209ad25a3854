import type { Actor } from '@/lib/auth/actor';
import type { ComponentPermission } from '@/lib/core/components/definition';
import { canManageComponents, canViewSpace } from '@/lib/spaces/permissions';

/**
 * The permission table of the News kind (its definition, server actions and the component routes). Pure functions
 * of the actor and the component, tested as a decision table. Which posts a reader sees is decided per post in the
 * query (./visibility.ts); these decide who may open the component at all and who may write in it.
 */
type PermissionCtx = Parameters<ComponentPermission>[1];

/** As for Pages: readers need to see the space; an unpublished component is visible only to those preparing it. */
export function canReadNews(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  if (component.spaceId !== space.id || !canViewSpace(actor, space)) return false;
  return component.isPublished || canManageComponents(actor, space);
}

/** Writing, scheduling, pinning, unpublishing and deleting posts is managing the component. */
export function canManageNews(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  return component.spaceId === space.id && canManageComponents(actor, space);
}

export const newsPermissions = { read: canReadNews, manage: canManageNews } satisfies Record<string, ComponentPermission>;
