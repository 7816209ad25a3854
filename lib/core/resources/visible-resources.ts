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

/**
 * Of the given resources, those the actor may see, with their titles and public paths — for lists that name
 * resources (what a person follows). Visibility first, through the one rule; then one query per type.
 */
export async function describeVisibleResources(actor: Actor, organizationId: string, refs: readonly ResourceRef[]): Promise<(ResourceRef & { title: unknown; path: string })[]> {
  const visible = await visibleResources(actor, organizationId, refs);
  const byType = new Map<string, ResourceRef[]>();
  for (const ref of visible) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref]);
  const described = await Promise.all([...byType].map(async ([type, list]) => (await resourceTypes[type]!.describe(db, list.map((r) => r.id))).map((d) => ({ type, ...d }))));
  return described.flat();
}
