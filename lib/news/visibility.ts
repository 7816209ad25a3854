import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { visibleSpacesWhere } from '@/lib/spaces/visibility';

/**
 * THE visibility rule of news posts, as a WHERE clause used by every public read (component page, post page, area
 * page, front page, feeds): the post's component is readable — a published, unarchived News component in a
 * published space the actor may see (visibleSpacesWhere, the rule behind canViewSpace) — the post's publication
 * time has come and it has not been unpublished. Public lists never show drafts, even to their editors, so that a
 * page looks the same for everyone; editors see drafts and scheduled posts in the admin view only.
 */
export function visibleNewsWhere(actor: Actor | null, organizationId: string, now: Date): Prisma.NewsPostWhereInput {
  return { publishAt: { lte: now }, unpublishedAt: null, component: newsComponentsWhere(actor, organizationId) };
}

/** The component part of the rule: the News components whose published posts the actor may read (also the search's). */
export function newsComponentsWhere(actor: Actor | null, organizationId: string): Prisma.ComponentWhereInput {
  return {
    kind: 'news',
    isPublished: true,
    archivedAt: null,
    space: { AND: [visibleSpacesWhere(actor, organizationId), { isPublished: true }] },
  };
}
