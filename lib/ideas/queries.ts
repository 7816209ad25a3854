import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { findResourceImageLists } from '@/lib/images/queries';
import type { ImageView } from '@/lib/images/image-variants';
import { IDEA_RESOURCE } from './resource';
import { visibleIdeasWhere } from './visibility';

/** Reads for the idea page, the author's drafts and the viewer's own marks. Lists are in ./list-queries.ts. */

const pageSelect = {
  id: true,
  componentId: true,
  title: true,
  body: true,
  locale: true,
  authorId: true,
  publishedAt: true,
  state: true,
  stateReason: true,
  answer: true,
  answeredAt: true,
  costEstimate: true,
  costJustification: true,
  timeFrame: true,
  latitude: true,
  longitude: true,
  locationText: true,
  channel: true,
  collectedAt: true,
  collectedPlace: true,
  supportCount: true,
  moderationState: true,
  createdAt: true,
  area: { select: { id: true, slug: true, name: true } },
  theme: { select: { id: true, name: true } },
  customState: { select: { id: true, label: true, colour: true } },
  author: { select: { displayName: true } },
  coauthors: { where: { acceptedAt: { not: null }, userId: { not: null } }, orderBy: [{ acceptedAt: 'asc' }, { id: 'asc' }], take: 10, select: { user: { select: { displayName: true } } } },
  mergedInto: { select: { id: true, title: true } },
  merged: { where: { publishedAt: { not: null }, moderationState: 'VISIBLE' }, select: { id: true, title: true }, orderBy: { publishedAt: 'asc' }, take: 50 },
  changes: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { id: true, fromState: true, toState: true, reason: true, answered: true, createdAt: true, customState: { select: { label: true, colour: true } } },
  },
} as const satisfies Prisma.IdeaSelect;

export type IdeaPageItem = Prisma.IdeaGetPayload<{ select: typeof pageSelect }> & {
  commentCount: number;
  /** Its photos, oldest first (the first is the one lists show). */
  images: ImageView[];
};

/**
 * One idea for its page, if the actor may see it (the one rule: ./visibility.ts), with its history, photos and
 * comment count: three queries whatever the number of supports and comments.
 */
export async function getIdeaForPage(actor: Actor | null, organizationId: string, componentId: string, ideaId: string): Promise<IdeaPageItem | null> {
  if (!/^[a-z0-9]{1,40}$/.test(ideaId)) return null;
  const idea = await db.idea.findFirst({ where: { AND: [{ id: ideaId, componentId }, visibleIdeasWhere(actor, organizationId)] }, select: pageSelect });
  if (!idea) return null;
  const [images, stats] = await Promise.all([
    findResourceImageLists(IDEA_RESOURCE, [idea.id]),
    db.commentStats.findUnique({ where: { resourceType_resourceId: { resourceType: IDEA_RESOURCE, resourceId: idea.id } }, select: { count: true } }),
  ]);
  return { ...idea, commentCount: stats?.count ?? 0, images: images.get(idea.id) ?? [] };
}

/** The author's drafts in a component, newest first (their "continue where you left off" list). */
export async function findOwnDrafts(actor: Actor, componentId: string) {
  return db.idea.findMany({
    where: { componentId, authorId: actor.userId, publishedAt: null },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { id: true, title: true, updatedAt: true },
  });
}

/** The author's own idea (draft or published; a co-author's published one) for the submission steps and the edit form; null for anyone else. */
export async function getOwnIdea(actor: Actor, componentId: string, ideaId: string) {
  if (!/^[a-z0-9]{1,40}$/.test(ideaId)) return null;
  const idea = await db.idea.findFirst({
    where: {
      id: ideaId,
      componentId,
      component: { space: { organizationId: actor.organizationId } },
      OR: [{ authorId: actor.userId }, { publishedAt: { not: null }, coauthors: { some: { userId: actor.userId, acceptedAt: { not: null } } } }],
    },
    select: {
      id: true, title: true, body: true, areaId: true, themeId: true, locale: true, authorId: true, publishedAt: true, state: true,
      moderationState: true, latitude: true, longitude: true, locationText: true,
      coauthors: { where: { acceptedAt: { not: null }, userId: { not: null } }, select: { userId: true } },
    },
  });
  if (!idea) return null;
  const images = await findResourceImageLists(IDEA_RESOURCE, [idea.id]);
  const { coauthors, ...rest } = idea;
  return { ...rest, coauthorIds: coauthors.map((c) => c.userId!), images: images.get(idea.id) ?? [] };
}

/** Whether the actor supports the idea, and how many supports they have given in the component. */
export async function supportStateOf(actor: Actor, componentId: string, ideaId: string) {
  const [own, given] = await Promise.all([
    db.ideaSupport.count({ where: { ideaId, userId: actor.userId } }),
    db.ideaSupport.count({ where: { componentId, userId: actor.userId } }),
  ]);
  return { supported: own > 0, given };
}

/** The themes of a component, in their order. */
export function findThemes(componentId: string) {
  return db.ideaTheme.findMany({ where: { componentId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, name: true } });
}

export function findCustomStates(componentId: string) {
  return db.ideaCustomState.findMany({ where: { componentId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, baseState: true, label: true, colour: true } });
}

/** The areas an idea of the space may concern: the space's own. */
export async function findSpaceAreas(spaceId: string) {
  const rows = await db.spaceArea.findMany({
    where: { spaceId },
    select: { area: { select: { id: true, slug: true, name: true, boundary: true } } },
    orderBy: [{ area: { kind: 'asc' } }, { area: { slug: 'asc' } }],
  });
  return rows.map((r) => r.area);
}

/**
 * The co-authors page of one idea as the actor may see it: its author sees every invitation (with the address they
 * typed); a co-author sees the names of those who joined and their own row; an invited person (signed in with the
 * invited address) sees the invitation. Anyone else: null (not found).
 */
export async function getCoauthorsView(actor: Actor, organizationId: string, componentId: string, ideaId: string) {
  if (!/^[a-z0-9]{1,40}$/.test(ideaId)) return null;
  const idea = await db.idea.findFirst({
    where: { AND: [{ id: ideaId, componentId, publishedAt: { not: null } }, visibleIdeasWhere(actor, organizationId)] },
    select: {
      id: true, title: true, locale: true, authorId: true, publishedAt: true, state: true, moderationState: true,
      author: { select: { displayName: true } },
      coauthors: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, email: true, userId: true, acceptedAt: true, user: { select: { displayName: true } } } },
    },
  });
  if (!idea) return null;
  const email = actor.email.toLowerCase();
  const own = idea.coauthors.find((c) => c.userId === actor.userId && c.acceptedAt !== null) ?? null;
  const invitation = idea.coauthors.find((c) => c.acceptedAt === null && c.email === email) ?? null;
  const role = idea.authorId === actor.userId ? 'author' : own ? 'coauthor' : invitation ? 'invited' : null;
  if (!role) return null;
  const joined = idea.coauthors.filter((c) => c.acceptedAt !== null).map((c) => ({ id: c.id, name: c.user?.displayName ?? '', own: c.userId === actor.userId }));
  const waiting = role === 'author' ? idea.coauthors.filter((c) => c.acceptedAt === null).map((c) => ({ id: c.id, email: c.email })) : [];
  return { idea: { ...idea, coauthors: undefined }, role, joined, waiting, invitationId: invitation?.id ?? null } as const;
}
