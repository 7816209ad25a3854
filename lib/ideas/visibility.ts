import type { Prisma } from '@/generated/prisma/client';
import { type Actor, isOrgAdmin } from '@/lib/auth/actor';
import { readableComponentsWhere } from '@/lib/core/resources/readable-components';

/**
 * THE visibility rule of ideas as WHERE clauses, used by every read (lists, map data, idea page, follows, comments,
 * search, exports' public part, the open data API). It mirrors canSeeIdea (./permissions.ts).
 *
 * - The component is readable (space visible, published — or unpublished for those preparing it — not archived).
 * - Published VISIBLE ideas: everyone who reads the component. Lists and the API show only these (listedIdeasWhere),
 *   the same for every reader (ADR 021).
 * - Drafts: their author only. PENDING: the author and those who moderate. HIDDEN: those who moderate.
 */
function moderatedSpaceIds(actor: Actor): string[] {
  return [...new Set(actor.spaceRoles.filter((r) => r.role === 'ADMIN' || r.role === 'COORDINATOR' || r.role === 'MODERATOR').map((r) => r.spaceId))];
}

/** The Ideas components the actor may read: the component half of every rule below (the search uses it alone). */
export function ideaComponentsWhere(actor: Actor | null, organizationId: string): Prisma.ComponentWhereInput {
  return { AND: [readableComponentsWhere(actor, organizationId), { kind: 'ideas' }] };
}

function ofReadableComponents(actor: Actor | null, organizationId: string): Prisma.IdeaWhereInput {
  return { component: ideaComponentsWhere(actor, organizationId) };
}

export const LISTED_IDEA: Prisma.IdeaWhereInput = { publishedAt: { not: null }, moderationState: 'VISIBLE' };

/** Ideas every reader of the component sees listed: published and public. */
export function listedIdeasWhere(actor: Actor | null, organizationId: string): Prisma.IdeaWhereInput {
  return { AND: [ofReadableComponents(actor, organizationId), LISTED_IDEA] };
}

/** Ideas whose page the actor may open. */
export function visibleIdeasWhere(actor: Actor | null, organizationId: string): Prisma.IdeaWhereInput {
  const shown: Prisma.IdeaWhereInput[] = [LISTED_IDEA];
  if (actor && actor.organizationId === organizationId) {
    shown.push({ authorId: actor.userId, moderationState: { in: ['VISIBLE', 'PENDING'] } });
    if (isOrgAdmin(actor)) shown.push({ publishedAt: { not: null } });
    else {
      const moderated = moderatedSpaceIds(actor);
      if (moderated.length > 0) shown.push({ publishedAt: { not: null }, component: { spaceId: { in: moderated } } });
    }
  }
  return { AND: [ofReadableComponents(actor, organizationId), { OR: shown }] };
}
