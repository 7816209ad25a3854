import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db';
import type { CommentsDefinition } from './commentable';
import type { ModerationTargetDefinition } from './moderatable';
import type { SearchDefinition } from './searchable';

/**
 * Resources (issue 6, 1.2): every participatory item — a page, a news post; later debates, comments, ideas,
 * projects, events, surveys — is a resource of a component, named by its type and id. Follows, notifications,
 * attachments, comments, flags and search refer to resources this way and ask ONE place whether an actor may see
 * them: findVisibleResources. A resource is visible when its component is readable (readableComponentsWhere: the
 * space visible to the actor, private spaces and membership terms included; the component published and not
 * archived) and the resource's own state allows it (a news post published and not withdrawn).
 */
export type ResourceRef = { type: string; id: string };

/**
 * How a kind finds which of some ids of one of its resource types the actor may see — one query, with the actor's
 * scope in its WHERE (use readableComponentsWhere for the component part). Declared in the kind's definition.
 */
export type ResourceTypeDefinition = {
  findVisibleIds: (db: Db, actor: Actor | null, organizationId: string, ids: readonly string[]) => Promise<string[]>;
  /**
   * Titles and public paths (without a locale) of some ids, for lists that name resources (what a person follows).
   * Callers pass only ids they have found visible.
   */
  describe: (db: Db, ids: readonly string[]) => Promise<ResourceDescription[]>;
  /** Declared when the type takes comments (./commentable.ts); its kind must then declare the `comment` action. */
  comments?: CommentsDefinition;
  /** Declared when people may flag the type's resources and moderators hide or approve them (lib/moderation/). */
  moderation?: ModerationTargetDefinition;
  /** Declared when the organization-wide search finds the type's resources (./searchable.ts, lib/search/). */
  search?: SearchDefinition;
};

export type ResourceDescription = { id: string; title: unknown; path: string };

/** The types' definitions by name; the component registry assembles it from the kinds (lib/core/components/registry.ts). */
export type ResourceTypeRegistry = Readonly<Record<string, ResourceTypeDefinition>>;

const MAX_IDS_PER_CALL = 1000;

/**
 * Of the given resources, those the actor may see, in the given order. One query per resource type, whatever the
 * number of resources; unknown types and malformed ids are simply not visible.
 */
export async function findVisibleResources(
  db: Db,
  registry: ResourceTypeRegistry,
  actor: Actor | null,
  organizationId: string,
  refs: readonly ResourceRef[],
): Promise<ResourceRef[]> {
  if (refs.length > MAX_IDS_PER_CALL) throw new Error(`at most ${MAX_IDS_PER_CALL} resources per call`);
  const byType = new Map<string, string[]>();
  for (const ref of refs) {
    if (!Object.hasOwn(registry, ref.type) || !/^[a-z0-9]{1,40}$/.test(ref.id)) continue;
    byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref.id]);
  }
  const visible = new Set<string>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      for (const id of await registry[type]!.findVisibleIds(db, actor, organizationId, [...new Set(ids)])) visible.add(`${type}:${id}`);
    }),
  );
  return refs.filter((ref) => visible.has(`${ref.type}:${ref.id}`));
}

/** Whether the actor may see one resource. */
export async function canSeeResource(db: Db, registry: ResourceTypeRegistry, actor: Actor | null, organizationId: string, ref: ResourceRef): Promise<boolean> {
  return (await findVisibleResources(db, registry, actor, organizationId, [ref])).length === 1;
}
