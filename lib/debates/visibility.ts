import type { Prisma } from '@/generated/prisma/client';
import { type Actor, isOrgAdmin } from '@/lib/auth/actor';
import { readableComponentsWhere } from '@/lib/core/resources/readable-components';

/**
 * THE visibility rule of debates, as WHERE clauses used by every read (component page, debate page, resource
 * visibility for follows and comments, the open data API). It mirrors canSeeDebateContent (./permissions.ts); an
 * integration test holds the two together for every actor and state.
 *
 * - The debate's component is readable (readableComponentsWhere: space visible to the actor, component published —
 *   or unpublished for those preparing it — and not archived) and of the debates kind.
 * - VISIBLE debates: everyone who may read the component.
 * - PENDING (waiting for a moderator under pre-moderation): their author, and those who moderate the space.
 * - HIDDEN (by a moderator): only those who moderate the space; the debate page shows others a placeholder.
 * Lists and the API show VISIBLE debates only (listedDebatesWhere), to everyone alike, so that a list page is the same
 * for every reader (ADR 021); authors reach their pending debate from where they created it.
 */

/** Spaces whose pending and hidden debates the actor sees: where they are ADMIN, COORDINATOR or MODERATOR. */
function moderatedSpaceIds(actor: Actor): string[] {
  return [...new Set(actor.spaceRoles.filter((r) => r.role === 'ADMIN' || r.role === 'COORDINATOR' || r.role === 'MODERATOR').map((r) => r.spaceId))];
}

/** The component part of the rule: readable Debates components (also what the search looks in). */
export function debateComponentsWhere(actor: Actor | null, organizationId: string): Prisma.ComponentWhereInput {
  return { AND: [readableComponentsWhere(actor, organizationId), { kind: 'debates' }] };
}

function ofReadableComponents(actor: Actor | null, organizationId: string): Prisma.DebateWhereInput {
  return { component: debateComponentsWhere(actor, organizationId) };
}

/** Debates listed to everyone who may read the component: public ones only. */
export function listedDebatesWhere(actor: Actor | null, organizationId: string): Prisma.DebateWhereInput {
  return { AND: [ofReadableComponents(actor, organizationId), { moderationState: 'VISIBLE' }] };
}

/** Debates whose content the actor may see (their own pending ones, and pending and hidden ones where they moderate). */
export function visibleDebatesWhere(actor: Actor | null, organizationId: string): Prisma.DebateWhereInput {
  const own = !!actor && actor.organizationId === organizationId;
  const shown: Prisma.DebateWhereInput[] = [{ moderationState: 'VISIBLE' }];
  if (own) {
    shown.push({ moderationState: 'PENDING', authorId: actor.userId });
    if (isOrgAdmin(actor)) {
      shown.push({ moderationState: { in: ['PENDING', 'HIDDEN'] } });
    } else {
      const moderated = moderatedSpaceIds(actor);
      if (moderated.length > 0) shown.push({ moderationState: { in: ['PENDING', 'HIDDEN'] }, component: { spaceId: { in: moderated } } });
    }
  }
  return { AND: [ofReadableComponents(actor, organizationId), { OR: shown }] };
}

/** Hidden debates of readable components: their page shows a placeholder to those who may not see the content. */
export function hiddenDebatesWhere(actor: Actor | null, organizationId: string): Prisma.DebateWhereInput {
  return { AND: [ofReadableComponents(actor, organizationId), { moderationState: 'HIDDEN' }] };
}
