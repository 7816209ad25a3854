import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { resourceTypes } from '@/lib/core/components/registry';
import { canSeeResource, findVisibleResources, type ResourceRef } from './resource-visibility';

/**
 * The one question every feature asks about resources (follows, notifications, attachments, and later comments,
 * flags and search): which of these may this actor see? With the app's database and every kind's resource types.
 */
export function visibleResources(actor: Actor | null, organizationId: string, refs: readonly ResourceRef[]): Promise<ResourceRef[]> {
  return findVisibleResources(db, resourceTypes, actor, organizationId, refs);
}

export function isResourceVisible(actor: Actor | null, organizationId: string, ref: ResourceRef): Promise<boolean> {
  return canSeeResource(db, resourceTypes, actor, organizationId, ref);
}
