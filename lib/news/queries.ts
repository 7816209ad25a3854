import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { isPlausibleId } from '@/lib/core/identifiers';
import { db } from '@/lib/db';
import { withImages } from '@/lib/images/queries';
import { visibleNewsWhere } from './visibility';

/**
 * Reads of news posts. Public reads put the visibility rule (./visibility.ts) in the WHERE, never filter loaded
 * rows, and load areas and spaces with a fixed number of queries however many posts there are. Admin reads take a
 * component the caller has already loaded within the actor's organization and authorized with `manage`.
 */
/** The resource type of posts (ADR 027), under which their images are attached. */
const NEWS_POST = 'news_post';

const areaSelect = { area: { select: { id: true, slug: true, name: true } } } as const;

const listSelect = {
  id: true,
  title: true,
  summary: true,
  publishAt: true,
  isPinned: true,
  areas: { select: areaSelect, orderBy: { area: { slug: 'asc' } } },
  component: { select: { id: true, space: { select: { slug: true, title: true } } } },
} as const;

/** Pinned first, then newest; the id breaks ties so that pages never repeat or skip a post. */
const componentOrder = [{ isPinned: 'desc' }, { publishAt: 'desc' }, { id: 'asc' }] as const;
const newestOrder = [{ publishAt: 'desc' }, { id: 'asc' }] as const;

export type NewsListItem = Awaited<ReturnType<typeof findVisibleComponentPosts>>['posts'][number];

/** One page of a component's visible posts and their total count (two queries plus one for areas). */
export async function findVisibleComponentPosts(
  actor: Actor | null,
  organizationId: string,
  componentId: string,
  { page, perPage, now = new Date() }: { page: number; perPage: number; now?: Date },
) {
  const where = { AND: [visibleNewsWhere(actor, organizationId, now), { componentId }] };
  const [total, posts] = await Promise.all([
    db.newsPost.count({ where }),
    db.newsPost.findMany({ where, orderBy: [...componentOrder], skip: (Math.max(1, page) - 1) * perPage, take: perPage, select: listSelect }),
  ]);
  return { total, posts: await withImages(NEWS_POST, posts) };
}

/** One visible post of a component with its body, or null (a draft, scheduled or foreign post is "not found"). */
export async function getVisiblePost(actor: Actor | null, organizationId: string, componentId: string, postId: string, now = new Date()) {
  if (!isPlausibleId(postId)) return null;
  const post = await db.newsPost.findFirst({
    where: { AND: [visibleNewsWhere(actor, organizationId, now), { id: postId, componentId }] },
    select: { ...listSelect, body: true, updatedAt: true },
  });
  return post ? (await withImages(NEWS_POST, [post]))[0]! : null;
}

/**
 * The newest visible posts of the organization, optionally only those tagged with an area or only one space's: the
 * front page, the area page and the feeds.
 */
export async function findLatestVisiblePosts(
  actor: Actor | null,
  organizationId: string,
  { areaId, spaceId, take, now = new Date(), withBody = false }: { areaId?: string; spaceId?: string; take: number; now?: Date; withBody?: boolean },
) {
  const posts = await db.newsPost.findMany({
    where: {
      AND: [
        visibleNewsWhere(actor, organizationId, now),
        areaId ? { areas: { some: { areaId } } } : {},
        spaceId ? { component: { spaceId } } : {},
      ],
    },
    orderBy: [...newestOrder],
    take,
    select: { ...listSelect, body: withBody, updatedAt: true },
  });
  return withImages(NEWS_POST, posts);
}

const adminSelect = {
  id: true,
  title: true,
  summary: true,
  body: true,
  publishAt: true,
  unpublishedAt: true,
  isPinned: true,
  updatedAt: true,
  areas: { select: { areaId: true } },
} as const;

export type AdminNewsPost = NonNullable<Awaited<ReturnType<typeof getPostForAdmin>>>;

/** Every post of a component, drafts and scheduled ones included, in the order residents see them. */
export async function findPostsForAdmin(componentId: string) {
  return db.newsPost.findMany({
    where: { componentId },
    orderBy: [{ isPinned: 'desc' }, { publishAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: adminSelect,
  });
}

export async function getPostForAdmin(componentId: string, postId: string) {
  if (!isPlausibleId(componentId) || !isPlausibleId(postId)) return null;
  const post = await db.newsPost.findFirst({ where: { id: postId, componentId }, select: adminSelect });
  return post ? (await withImages(NEWS_POST, [post]))[0]! : null;
}

/**
 * What the post form needs: the areas an editor may tag posts with (the organization's), the space's own areas
 * (checked for a new post) and the organization's time zone (schedule times are typed in it).
 */
export async function findPostFormChoices(organizationId: string, spaceId: string) {
  const [areas, spaceAreas, organization] = await Promise.all([
    db.area.findMany({ where: { organizationId }, orderBy: [{ kind: 'asc' }, { slug: 'asc' }], select: { id: true, name: true } }),
    db.spaceArea.findMany({ where: { spaceId }, select: { areaId: true } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } }),
  ]);
  return { areas, defaultAreaIds: spaceAreas.map((a) => a.areaId), timeZone: organization.timeZone };
}
